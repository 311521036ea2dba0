delete from lighthouse_exit_vote where proposal_id = :proposalId and voter = :voter
