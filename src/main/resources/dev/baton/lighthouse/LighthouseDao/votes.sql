select proposal_id, voter, vote, reason, at from lighthouse_exit_vote where proposal_id = :proposalId order by at, voter
