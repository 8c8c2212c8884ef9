#pragma once

#include "cache/outboxentry.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fentu {

class CacheStore;
class OutboxReplayer;

/// "Needs attention": every unsent edit the server refused (with what was attempted and the
/// server's reason) and every edit waiting for a conflict choice. Per item: Edit (correct a
/// refused create or update in the edit dialog), Retry (send it again), Discard (after a
/// confirmation) or, for a conflict, Resolve. Non-modal; it keeps
/// itself current while hidden so that count() can label the menu entry.
class NeedsAttentionDialog : public QDialog
{
    Q_OBJECT
public:
    /// Neither is owned; both must outlive the dialog.
    NeedsAttentionDialog(CacheStore *store, OutboxReplayer *replayer, QWidget *parent = nullptr);

    /// Refused edits plus conflicts waiting for a choice.
    int count() const { return int(m_entries.size()) + m_conflictCount; }
    /// Re-reads the list from the outbox (the replayer's changes do this on their own).
    void reload();
    /// Offers Edit… (off by default: it needs the edit dialog's services).
    void setEditingEnabled(bool enabled);

signals:
    void countChanged(int count);
    /// The user wants to choose for the conflict of outbox entry `seq`.
    void resolveRequested(qint64 seq);
    /// The user wants to correct the refused `entry` in the edit dialog.
    void editRequested(const fentu::OutboxEntry &entry);

private:
    struct Row
    {
        qint64 seq = 0;
        bool conflict = false;
    };
    void display(const QList<OutboxEntry> &refused);
    /// Replaces the id in `row` with the order's number once the cache has answered.
    void showNumber(int row, const QString &orderId);
    void updateButtons();
    void retrySelected();
    void discardSelected();
    std::optional<Row> selectedRow() const;
    /// The refused entry of the selected row; nullopt for a conflict or no selection.
    std::optional<OutboxEntry> selectedEntry() const;

    QPointer<CacheStore> m_store;
    OutboxReplayer *m_replayer;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QPushButton *m_resolve;
    QPushButton *m_edit;
    bool m_editing = false;
    QList<OutboxEntry> m_entries;
    QList<Row> m_rows;
    int m_conflictCount = 0;
    int m_generation = 0; // drops an older list that arrives after a newer one
};

} // namespace fentu
