-- The ids (column id) of the accounts App Home's "My accounts" and "Today" are about: those the user is AE, CE, TA or Expand AE
-- of, or sponsors in Lighthouse. One indexed read per role (V23): an OR across the four columns scanned them all.
select id from account where ae = :userId
union select id from account where ce = :userId
union select id from account where ta = :userId
union select id from account where expand_ae = :userId
union select account_id from lighthouse_program where sponsor = :userId and exited_at is null
