#include "needsattentiondialog.h"

#include "refusedchangeeditor.h"
#include "servertext.h"

#include "cache/cachestore.h"
#include "sync/orderfields.h"
#include "sync/outboxreplayer.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

enum Column
{
    OrderColumn,
    AttemptColumn,
    ReasonColumn,
    ColumnCount
};

QString orderText(const QString &orderId)
{
    return OutboxEntry::isLocalId(orderId) ? NeedsAttentionDialog::tr("New work order") : orderId;
}

// What the edit tried to do, in words: "Change Status, Priority".
QString attemptText(const OutboxEntry &entry)
{
    switch (entry.kind) {
    case OutboxEntry::Kind::Create:
        return NeedsAttentionDialog::tr("Create the work order");
    case OutboxEntry::Kind::Delete:
        return NeedsAttentionDialog::tr("Delete the work order");
    case OutboxEntry::Kind::Update:
        break;
    }
    QStringList labels;
    const QJsonObject body = entry.patch.toJson();
    for (auto it = body.begin(); it != body.end(); ++it)
        labels.append(u"%1 → %2"_s.arg(OrderFields::label(it.key()),
                                       OrderFields::displayValue(it.key(), it.value())));
    return NeedsAttentionDialog::tr("Change %1").arg(labels.join(u"; "_s));
}

} // namespace

NeedsAttentionDialog::NeedsAttentionDialog(CacheStore *store, OutboxReplayer *replayer,
                                           QWidget *parent)
    : QDialog(parent), m_store(store), m_replayer(replayer), m_table(new QTableWidget(this)),
      m_empty(new QLabel(tr("Every change was sent to the server."), this)),
      m_retry(new QPushButton(tr("&Retry"), this)),
      m_discard(new QPushButton(tr("&Discard…"), this)),
      m_resolve(new QPushButton(tr("Re&solve…"), this)), m_edit(new QPushButton(tr("&Edit…"), this))
{
    setObjectName(u"needsAttention"_s);
    setWindowTitle(tr("Needs Attention"));
    m_table->setObjectName(u"needsAttentionTable"_s);
    m_retry->setObjectName(u"retryEntryButton"_s);
    m_discard->setObjectName(u"discardEntryButton"_s);
    m_resolve->setObjectName(u"resolveEntryButton"_s);
    m_edit->setObjectName(u"editEntryButton"_s);
    m_empty->setObjectName(u"needsAttentionEmpty"_s);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Order"), tr("What was attempted"), tr("Why not")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(OrderColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AttemptColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_discard->setToolTip(tr("Give the change up; it is removed from this computer"));
    m_resolve->setToolTip(tr("Compare with the server's version and choose"));
    m_edit->setToolTip(tr("Correct the change (your values, with the server's reasons) and "
                          "send it again"));
    m_edit->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton *button : {m_resolve, m_edit, m_retry, m_discard}) {
        button->setAutoDefault(false);
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    connect(m_retry, &QPushButton::clicked, this, &NeedsAttentionDialog::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &NeedsAttentionDialog::discardSelected);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        if (const auto row = selectedRow(); row && row->conflict)
            emit resolveRequested(row->seq);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto entry = selectedEntry(); entry && RefusedChangeEditor::canEdit(*entry))
            emit editRequested(*entry);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &NeedsAttentionDialog::updateButtons);
    // The server is being left: its entries' numbers would name the next server's entries,
    // so nothing of them may stay on screen or be acted on. The next server's list comes with
    // its first pass.
    connect(m_replayer, &OutboxReplayer::parked, this, [this] {
        for (QDialog *open : findChildren<QDialog *>(Qt::FindDirectChildrenOnly))
            open->reject();
        ++m_generation; // a list still on its way is the old server's
        display({});
    });
    connect(m_replayer, &OutboxReplayer::outboxChanged, this, &NeedsAttentionDialog::reload);
    connect(m_replayer, &OutboxReplayer::needsAttention, this, &NeedsAttentionDialog::reload);
    connect(m_replayer, &OutboxReplayer::conflictDetected, this, &NeedsAttentionDialog::reload);
    connect(m_replayer, &OutboxReplayer::replayFinished, this, &NeedsAttentionDialog::reload);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These changes made here wait for you: the server refused them, "
                                "or did not answer when they were sent. Nothing is lost: "
                                "correct them, send them again once the cause is fixed, or "
                                "discard them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 22);
    display({});
    reload();
}

void NeedsAttentionDialog::reload()
{
    if (!m_store)
        return;
    const int generation = ++m_generation;
    // Every entry that waits for the user, except conflicts (the replayer holds those with the
    // server's version to compare): refusals, and new orders whose answer was lost and which
    // are not on the server.
    m_store->listOutbox(
        std::nullopt, this, [this, generation](CacheResult<QList<OutboxEntry>> result) {
            if (generation != m_generation)
                return;
            QList<OutboxEntry> waiting;
            for (const OutboxEntry &entry : result.isOk() ? result.value() : QList<OutboxEntry>()) {
                if (entry.isWaitingForUser() && entry.state != OutboxEntry::State::Conflict)
                    waiting.append(entry);
            }
            display(waiting);
        });
}

void NeedsAttentionDialog::display(const QList<OutboxEntry> &refused)
{
    const int before = count();
    m_entries = refused;
    const QList<Conflict> conflicts = m_replayer->conflicts();
    m_conflictCount = int(conflicts.size());
    m_rows.clear();
    m_table->setRowCount(0);
    auto addRow = [this](const Row &row, const QString &order, const QString &attempt,
                         const QString &reason) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, OrderColumn, new QTableWidgetItem(order));
        m_table->setItem(r, AttemptColumn, new QTableWidgetItem(attempt));
        m_table->setItem(r, ReasonColumn, new QTableWidgetItem(reason));
        m_rows.append(row);
    };
    for (const Conflict &conflict : conflicts) {
        const QString number =
            conflict.theirs.number.isEmpty() ? conflict.orderId : conflict.theirs.number;
        QStringList labels;
        for (const ConflictField &field : conflict.fields)
            labels.append(field.label);
        addRow({conflict.seq, true}, number, tr("Change %1").arg(labels.join(u", "_s)),
               tr("Someone changed this order on the server meanwhile: choose which version "
                  "to keep."));
    }
    for (const OutboxEntry &entry : std::as_const(m_entries)) {
        const QString reason = entry.errorMessage.isEmpty() ? tr("The server refused the change.")
                                                            : entry.errorMessage;
        addRow({entry.seq, false}, orderText(entry.orderId), attemptText(entry), reason);
        showNumber(m_table->rowCount() - 1, entry.orderId);
    }
    m_table->resizeRowsToContents();
    m_table->setVisible(m_table->rowCount() > 0);
    m_empty->setVisible(m_table->rowCount() == 0);
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
    if (count() != before)
        emit countChanged(count());
}

void NeedsAttentionDialog::showNumber(int row, const QString &orderId)
{
    if (!m_store || OutboxEntry::isLocalId(orderId))
        return;
    // People know orders by number; the outbox keeps only the id. The cache still has the row
    // (even of an order deleted on the server meanwhile).
    const int generation = m_generation;
    m_store->getWorkOrder(
        orderId, this,
        [this, row, orderId, generation](CacheResult<std::optional<CachedWorkOrder>> found) {
            if (generation != m_generation || !found.isOk() || !found.value() ||
                row >= m_table->rowCount())
                return;
            const WorkOrder &order = found.value()->order;
            QTableWidgetItem *item = m_table->item(row, OrderColumn);
            if (item && item->text() == orderId && !order.number.isEmpty()) {
                item->setText(order.number);
                item->setToolTip(plainToolTip(order.customer.name));
                m_table->resizeColumnToContents(OrderColumn);
            }
        });
}

void NeedsAttentionDialog::setEditingEnabled(bool enabled)
{
    m_editing = enabled;
    m_edit->setVisible(enabled);
    updateButtons();
}

std::optional<OutboxEntry> NeedsAttentionDialog::selectedEntry() const
{
    const auto row = selectedRow();
    if (!row || row->conflict)
        return std::nullopt;
    for (const OutboxEntry &entry : m_entries) {
        if (entry.seq == row->seq)
            return entry;
    }
    return std::nullopt;
}

std::optional<NeedsAttentionDialog::Row> NeedsAttentionDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_rows.size())
        return std::nullopt;
    return m_rows.at(rows.first().row());
}

void NeedsAttentionDialog::updateButtons()
{
    const auto row = selectedRow();
    m_resolve->setEnabled(row && row->conflict);
    m_retry->setEnabled(row && !row->conflict);
    const auto entry = selectedEntry();
    // A new order whose answer was lost may have arrived after all: sending it again is the
    // user's decision, and the button says what it does.
    const bool possiblySent = entry && entry->state == OutboxEntry::State::PossiblySent;
    m_retry->setText(possiblySent ? tr("Send &Again") : tr("&Retry"));
    m_retry->setToolTip(possiblySent
                            ? tr("Send the new work order again: only if you know it did not "
                                 "arrive on the server")
                            : tr("Send the change again (after fixing the cause on the server)"));
    // A new order that may have arrived is not edited into a second one: Send Again or
    // Discard decides first.
    m_edit->setEnabled(m_editing && entry && !possiblySent && RefusedChangeEditor::canEdit(*entry));
    m_discard->setEnabled(row.has_value());
}

void NeedsAttentionDialog::retrySelected()
{
    if (const auto row = selectedRow(); row && !row->conflict)
        m_replayer->retry(row->seq);
}

void NeedsAttentionDialog::discardSelected()
{
    const auto row = selectedRow();
    if (!row)
        return;
    // Asynchronous confirmation (open(), not exec()): no nested event loop.
    const auto entry = selectedEntry();
    const bool possiblySent = entry && entry->state == OutboxEntry::State::PossiblySent;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Discard Change"),
        possiblySent ? tr("Discard this new work order? Do so only if you know it arrived on "
                          "the server; otherwise it is lost.")
                     : tr("Discard this change? It was never accepted by the server and cannot "
                          "be recovered."),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmDiscard"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 seq = row->seq;
    const bool conflict = row->conflict;
    connect(box, &QMessageBox::finished, this, [this, box, seq, conflict] {
        if (box->clickedButton() != box->button(QMessageBox::Discard))
            return;
        // Giving up an edit in conflict is taking the server's version.
        if (conflict)
            m_replayer->takeTheirs(seq);
        else
            m_replayer->discard(seq);
    });
    box->open();
}

} // namespace fentu
