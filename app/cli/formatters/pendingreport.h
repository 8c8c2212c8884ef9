#pragma once

#include "cache/outboxentry.h"
#include "cache/pendingchange.h"
#include "sync/conflict.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace fentu::cli {

/// One outbox entry as `fentu-cli pending` shows it, with what the cache and the server
/// told about it.
struct PendingItem
{
    OutboxEntry entry;
    QString number; // the order's number when the cache knows it (a create's NEW-<n>)
    NameBook names; // names the cache knows for the ids the change sets
    /// A conflict whose server version was read: `conflict` holds the fields that differ
    /// (nullopt: the server no longer differs where the change matters).
    bool compared = false;
    std::optional<Conflict> conflict;
    QString comparisonError; // why the server's version could not be read
};

/// The words and JSON of `fentu-cli pending`: each entry's number, kind, order, state, change
/// and reason, and for a conflict the field-by-field comparison with the server.
class PendingReport
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::PendingReport)
public:
    /// `offline`: conflicts were not compared because the user said so.
    static QString text(const QList<PendingItem> &items, bool offline);
    /// An array of objects: seq, kind, order_id, number, state, waiting_for_user, reason,
    /// refusal, created_at, attempts, changes [{field, label, value, text}], and for a
    /// conflict comparison [{field, label, base_known, base, mine, theirs, base_text,
    /// mine_text, theirs_text, changed_on_server}] or comparison_error.
    static QString json(const QList<PendingItem> &items);

    /// "possibly sent", translated.
    static QString stateText(OutboxEntry::State state);
    static QString kindText(OutboxEntry::Kind kind);
    /// "WO-2026-0012 (wo-abc)", or the id alone when no number is known.
    static QString orderName(const QString &number, const QString &id);
    /// The fields the entry sets, in form order, as PUT or POST body values.
    static QList<std::pair<QString, QJsonValue>> changes(const OutboxEntry &entry);
    /// `value` of `field` for people, naming customers, contacts and technicians `names` knows.
    static QString valueText(const QString &field, const QJsonValue &value, const NameBook &names);
};

} // namespace fentu::cli
