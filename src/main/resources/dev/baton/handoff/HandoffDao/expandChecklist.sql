update handoff set expand_tagged = :tagged, expand_components = :components, expand_team_told = :told where account_id = :accountId
