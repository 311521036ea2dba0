package dev.baton.bench;

import dev.baton.account.Role;
import dev.baton.account.Roles;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives some benchmark accounts a hand-off with a full history: 50 contacts, a started hand-off with the
 * knowledge transfer scheduled, 10 saved doc versions and 100 audit entries each.
 */
final class HandoffHistory {
    static final int ACCOUNTS = 200;
    static final int CONTACTS = 50;

    private HandoffHistory() {
    }

    /** Adds the history to accounts 1..{@link #ACCOUNTS}; answers their names. */
    static List<String> load(String dbUrl, String user, String password) throws Exception {
        List<String> names = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        String url = dbUrl.startsWith("jdbc:h2:") ? dbUrl + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                : dbUrl;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            try (PreparedStatement contact = c.prepareStatement("insert into contact (account_id, name, title, email,"
                    + " email_key, roles, instance_admin, created_at, updated_at) values (?, ?, 'VP', ?, ?, ?, ?, ?, ?)");
                 PreparedStatement handoff = c.prepareStatement("insert into handoff (account_id, started_by, started_at,"
                         + " kt_at, kt_attendees, kt_scheduled_by) values (?, 'UAE1', ?, ?, 'UCE1,UTA1', 'UCE1')");
                 PreparedStatement doc = c.prepareStatement("insert into handoff_doc (account_id, version, status, body,"
                         + " saved_by, saved_at) values (?, ?, ?, ?, 'UCE1', ?)");
                 PreparedStatement audit = c.prepareStatement("insert into audit_log (at, actor, account_id, action,"
                         + " before_json, after_json) values (?, 'UCE1', ?, 'contact.tagged', null, '{\"roles\":\"Champion\"}')")) {
                for (int a = 1; a <= ACCOUNTS; a++) {
                    names.add(String.format("BENCH%05d", a));
                    for (int k = 0; k < CONTACTS; k++) {
                        Role role = Role.values()[k % Role.values().length];
                        String email = "history" + k + "@account" + a + ".example.com";
                        contact.setLong(1, a);
                        contact.setString(2, "Stakeholder " + k);
                        contact.setString(3, email);
                        contact.setString(4, email);
                        contact.setString(5, Roles.of(Set.of(role)).toColumn());
                        contact.setBoolean(6, role == Role.INSTANCE_ADMIN);
                        contact.setTimestamp(7, now);
                        contact.setTimestamp(8, now);
                        contact.addBatch();
                    }
                    handoff.setLong(1, a);
                    handoff.setTimestamp(2, now);
                    handoff.setTimestamp(3, now);
                    handoff.addBatch();
                    for (int v = 1; v <= 10; v++) {
                        doc.setLong(1, a);
                        doc.setInt(2, v);
                        doc.setString(3, v == 10 ? "final" : "draft");
                        doc.setString(4, "{\"goals\":\"" + "Roll out to every team. ".repeat(40) + "\"}");
                        doc.setTimestamp(5, now);
                        doc.addBatch();
                    }
                    for (int e = 0; e < 100; e++) {
                        audit.setTimestamp(1, now);
                        audit.setLong(2, a);
                        audit.addBatch();
                    }
                }
                contact.executeBatch();
                handoff.executeBatch();
                doc.executeBatch();
                audit.executeBatch();
            }
            c.commit();
        }
        return names;
    }
}
