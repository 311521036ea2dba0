insert into home_team_summary (person, accounts, overdue, reds) values (:person, :accounts, :overdue, :reds)
