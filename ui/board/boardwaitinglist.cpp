#include "boardwaitinglist.h"

#include "servertext.h"

#include "board/boardmodel.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

constexpr int kOrderIdRole = Qt::UserRole;

/// A list whose drags carry order ids (the board's drop target reads them), and whose Return
/// opens the order as the board's does.
class WaitingListWidget : public QListWidget
{
public:
    explicit WaitingListWidget(BoardWaitingList *owner) : QListWidget(owner), m_owner(owner) {}

protected:
    QStringList mimeTypes() const override
    {
        return {QString::fromLatin1(BoardWaitingList::kOrderIdsMimeType)};
    }

    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        QStringList ids;
        for (const QListWidgetItem *item : items)
            ids.append(item->data(kOrderIdRole).toString());
        auto *carried = new QMimeData;
        carried->setData(QString::fromLatin1(BoardWaitingList::kOrderIdsMimeType),
                      ids.join(u'\n').toUtf8());
        return carried;
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
            emit m_owner->activated(currentItem()->data(kOrderIdRole).toString());
            return;
        }
        QListWidget::keyPressEvent(event);
    }

    void contextMenuEvent(QContextMenuEvent *event) override
    {
        if (itemAt(event->pos()) || event->reason() == QContextMenuEvent::Keyboard)
            emit m_owner->contextMenuRequested(event->globalPos());
    }

private:
    BoardWaitingList *m_owner;
};

} // namespace

BoardWaitingList::BoardWaitingList(BoardModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_title(new QLabel(this)),
      m_list(new WaitingListWidget(this))
{
    setObjectName(u"boardWaiting"_s);
    m_title->setObjectName(u"boardWaitingTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setBuddy(m_list);
    m_list->setObjectName(u"boardWaitingList"_s);
    m_list->setAccessibleName(tr("Orders not scheduled"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    // Copy, not move: a moved drag would take the item out of the list at once, and a drop
    // the server refuses would leave it gone until the next read. The list follows the model.
    m_list->setDefaultDropAction(Qt::CopyAction);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    // Two lines per order: banded and spaced, so that one order's customer is not read as
    // the next one's number.
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    setPlainToolTip(m_list, tr("Orders with no date and no technician. Drag one onto a "
                               "technician's row at the time it should start, or press Return "
                               "to give it both in the edit dialog."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    setFixedWidth(fontMetrics().averageCharWidth() * 30);
    setFocusProxy(m_list);

    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { emit selectionChanged(selectedIds()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit activated(item->data(kOrderIdRole).toString()); });
    connect(model, &BoardModel::changed, this, &BoardWaitingList::rebuild);
    rebuild();
}

QStringList BoardWaitingList::selectedIds() const
{
    QStringList ids;
    for (const QListWidgetItem *item : m_list->selectedItems())
        ids.append(item->data(kOrderIdRole).toString());
    return ids;
}

QList<WorkOrderSummary> BoardWaitingList::selectedOrders() const
{
    const QStringList ids = selectedIds();
    QList<WorkOrderSummary> orders;
    for (const WorkOrderSummary &order : m_model->waiting()) {
        if (ids.contains(order.id))
            orders.append(order);
    }
    return orders;
}

void BoardWaitingList::clearSelection()
{
    m_list->clearSelection();
}

void BoardWaitingList::rebuild()
{
    const QList<WorkOrderSummary> &waiting = m_model->waiting();
    const QStringList selected = selectedIds();
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(kOrderIdRole).toString()
                                                  : QString();
    const QSignalBlocker quiet(m_list);
    // Rebuilt on every change (a re-read, the lateness tick): where the user had scrolled to
    // stays.
    const int scrolled = m_list->verticalScrollBar()->value();
    m_list->clear();
    for (const WorkOrderSummary &order : waiting) {
        const QString number = order.number.isEmpty() ? order.id : order.number;
        const QString priority = order.priority == Priority::Unknown
                                     ? order.priorityText
                                     : priorityDisplayName(order.priority);
        // Number and priority on the first line, the customer under it: what a dispatcher
        // scans for. Item text is never rich text, so the server's names show as they are.
        QString text = priority.isEmpty() ? number : tr("%1 · %2").arg(number, priority);
        text += u'\n' + order.customer.name;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kOrderIdRole, order.id);
        QStringList tip{number, order.customer.name};
        if (!order.workOrderType.isEmpty())
            tip.append(order.workOrderType);
        if (order.estimatedDuration)
            tip.append(tr("%n minute(s)", nullptr, *order.estimatedDuration));
        item->setToolTip(plainToolTip(tip.join(u'\n')));
        item->setSelected(selected.contains(order.id));
        if (order.id == current)
            m_list->setCurrentItem(item, QItemSelectionModel::NoUpdate);
    }
    m_list->verticalScrollBar()->setValue(scrolled);
    const int total = m_model->waitingTotal();
    m_title->setText(total > waiting.size()
                         ? tr("&Not scheduled: %1 of %2").arg(waiting.size()).arg(total)
                         : tr("&Not scheduled (%1)").arg(waiting.size()));
    setVisible(!waiting.isEmpty());
    if (selectedIds() != selected)
        emit selectionChanged(selectedIds());
}

} // namespace fentu
