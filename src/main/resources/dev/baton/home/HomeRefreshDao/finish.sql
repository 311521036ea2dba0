-- Done unless a change marked the home again while it was being published: then it stays, for another publish.
delete from home_refresh where slack_user = :userId and claimed_by = :owner and marks = :marks
