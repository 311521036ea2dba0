select name from account
