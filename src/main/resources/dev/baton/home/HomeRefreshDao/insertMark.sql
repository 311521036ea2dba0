-- A refresh only for someone who opened the tab: Slack republishes nothing by itself, and the first opening publishes.
insert into home_refresh (slack_user, due_at, marks)
select slack_user, :dueAt, 1 from home_viewer where slack_user = :userId
on conflict do nothing
