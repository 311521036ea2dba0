-- Every /roles card reads an account's contacts; PostgreSQL does not index a foreign key by itself.
create index contact_account on contact (account_id);
