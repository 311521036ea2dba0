insert into lighthouse_exit_vote (proposal_id, voter, vote, reason, at)
values (:proposalId, :voter, :vote, :reason, :now)
