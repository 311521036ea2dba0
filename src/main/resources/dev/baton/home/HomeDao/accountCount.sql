select count(*) from (<myAccountIds>) mine
