select id, name, ae, ta, ce, slack_channel from account where id = :accountId
