select channel, ts from slack_message where target_key = :targetKey
