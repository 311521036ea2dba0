package dev.baton.account;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.baton.api.ApiAuth;
import dev.baton.audit.Audit;
import dev.baton.store.DatabaseUnreachable;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Upserts CRM accounts one item at a time, so a bad item is reported and never blocks the good ones. */
public final class AccountImport {
    static final String ACTOR = ApiAuth.CRM_ACTOR;

    private final Jdbi jdbi;
    private final Clock clock;

    private final AccountChanges changes;

    public AccountImport(Jdbi jdbi, Clock clock, AccountChanges changes) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.changes = changes;
    }

    public JsonObject upsertAll(JsonArray items) {
        JsonArray results = new JsonArray();
        int created = 0;
        int updated = 0;
        int rejected = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonObject result = new JsonObject();
            result.addProperty("index", i);
            try {
                AccountPatch patch = AccountPatch.parse(items.get(i));
                result.addProperty("crm_id", patch.crmId);
                Outcome outcome = upsert(patch);
                result.addProperty("status", outcome.created ? "created" : "updated");
                result.addProperty("id", outcome.id);
                if (outcome.created) {
                    created++;
                } else {
                    updated++;
                }
            } catch (IllegalArgumentException | JdbiException e) {
                if (DatabaseUnreachable.in(e)) {
                    throw e; // every later item would wait for the database too: the whole request is answered 503
                }
                result.addProperty("status", "rejected");
                result.addProperty("reason", e instanceof JdbiException ? "could not be stored; retry the item" : e.getMessage());
                rejected++;
            }
            results.add(result);
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("created", created);
        answer.addProperty("updated", updated);
        answer.addProperty("rejected", rejected);
        answer.add("items", results);
        return answer;
    }

    private Outcome upsert(AccountPatch patch) {
        return jdbi.inTransaction(handle -> {
            AccountDao dao = handle.attach(AccountDao.class);
            Instant now = clock.instant();
            Optional<Account> existing = dao.findByCrmId(patch.crmId);
            if (existing.isPresent()) {
                AccountUpdate.save(handle, now, ACTOR, existing.get(), patch.applyTo(AccountFields.of(existing.get())),
                        changes);
                taManager(handle, patch, existing.get().id(), now);
                productVersion(handle, patch, existing.get().id(), now);
                return new Outcome(existing.get().id(), false);
            }
            if (!patch.creates()) {
                throw new IllegalArgumentException("name is required to create account " + patch.crmId);
            }
            AccountFields fields = patch.applyTo(AccountFields.named(null, patch.crmId));
            long id = dao.insert(fields, now);
            taManager(handle, patch, id, now);
            productVersion(handle, patch, id, now);
            HealthDirty.mark(handle, id, now);
            Audit.record(handle, now, ACTOR, id, "account.created", null, fields);
            dao.findById(id).ifPresent(account -> changes.changed(handle, account));
            return new Outcome(id, true);
        });
    }

    private static void taManager(org.jdbi.v3.core.Handle handle, AccountPatch patch, long id, Instant now) {
        if (patch.setsTaManager()) {
            handle.attach(AccountDao.class).setTaManager(id, patch.taManager(), now);
            Audit.record(handle, now, ACTOR, id, "account.ta-manager", null,
                    java.util.Collections.singletonMap("ta_manager", patch.taManager()));
        }
    }

    /** The version the account runs (the health score's version currency), a column beside the account fields. */
    private static void productVersion(org.jdbi.v3.core.Handle handle, AccountPatch patch, long id, Instant now) {
        if (patch.setsProductVersion()) {
            handle.attach(AccountDao.class).setProductVersion(id, patch.productVersion(), now);
            Audit.record(handle, now, ACTOR, id, "account.product-version", null,
                    java.util.Collections.singletonMap("product_version", patch.productVersion()));
            HealthDirty.mark(handle, id, now);
        }
    }

    private record Outcome(long id, boolean created) {
    }
}
