#include "viewspanel.h"

#include "viewlistdelegate.h"

#include "views/savedviewlistmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

constexpr int kMostRowsShown = 9; // the Ctrl+N views; more scroll

} // namespace

ViewsPanel::ViewsPanel(SavedViewListModel *model, const Actions &actions, QWidget *parent)
    : QWidget(parent), m_model(model), m_list(new QListView(this))
{
    setObjectName(u"viewsPanel"_s);
    m_list->setObjectName(u"viewsList"_s);
    m_list->setAccessibleName(tr("Saved views"));
    m_list->setModel(model);
    m_list->setItemDelegate(new ViewListDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // What acts on the view under the cursor (Update acts on the view shown: not here).
    for (QAction *action : {actions.rename, actions.remove, actions.exportView})
        m_list->addAction(action);
    // A click shows the view at once, as the status list applies a status; the keyboard
    // walks the list and Return shows the view under the cursor.
    connect(m_list, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        emit viewChosen(index.data(SavedViewListModel::IdRole).toString());
    });
    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit viewChosen(index.data(SavedViewListModel::IdRole).toString());
    });
    // The Delete key in the list asks to delete the view under the cursor. The window's
    // Delete (of work orders) is a shortcut too: the list claims the key first.
    m_remove = actions.remove;
    m_list->installEventFilter(this);

    auto *heading = new QLabel(tr("V&iews"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setBuddy(m_list);
    auto *empty = new QLabel(tr("No saved views yet: set the filters, then Save As…"), this);
    empty->setObjectName(u"viewsEmpty"_s);
    empty->setWordWrap(true);
    empty->setEnabled(false); // secondary text

    auto *saveAs = new QPushButton(tr("Save As…"), this);
    saveAs->setObjectName(u"saveViewButton"_s);
    saveAs->setToolTip(actions.saveAs->statusTip());
    connect(saveAs, &QPushButton::clicked, actions.saveAs, &QAction::trigger);
    auto *update = new QPushButton(tr("Update"), this);
    update->setObjectName(u"updateViewButton"_s);
    update->setToolTip(actions.update->statusTip());
    update->setEnabled(actions.update->isEnabled());
    connect(actions.update, &QAction::changed, update,
            [update, action = actions.update] { update->setEnabled(action->isEnabled()); });
    connect(update, &QPushButton::clicked, actions.update, &QAction::trigger);
    auto *more = new QPushButton(tr("More"), this);
    more->setObjectName(u"moreViewButton"_s);
    auto *menu = new QMenu(more);
    menu->addActions({actions.rename, actions.remove});
    menu->addSeparator();
    menu->addActions({actions.exportView, actions.importView});
    more->setMenu(menu);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(4);
    buttons->addWidget(saveAs);
    buttons->addWidget(update);
    buttons->addWidget(more);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(heading);
    layout->addWidget(m_list);
    layout->addWidget(empty);
    layout->addLayout(buttons);

    const auto followRows = [this, empty] {
        empty->setVisible(m_model->rowCount() == 0);
        m_list->setVisible(m_model->rowCount() > 0);
        fitHeight();
    };
    connect(model, &QAbstractItemModel::modelReset, this, followRows);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &, const QList<int> &roles) {
                // Another view shown: the cursor goes with it, as the status list's does. A
                // count arriving leaves the cursor where the keyboard put it.
                if (roles.contains(SavedViewListModel::CurrentRole) &&
                    from.data(SavedViewListModel::CurrentRole).toBool())
                    select(from.data(SavedViewListModel::IdRole).toString());
            });
    followRows();
    setTabOrder(m_list, saveAs);
    setTabOrder(saveAs, update);
    setTabOrder(update, more);
}

bool ViewsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) && m_list->currentIndex().isValid()) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                m_remove->trigger();
            return event->type() == QEvent::KeyPress;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ViewsPanel::selectedId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(SavedViewListModel::IdRole).toString() : QString();
}

void ViewsPanel::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    if (m_list->currentIndex() != index)
        m_list->setCurrentIndex(index);
}

void ViewsPanel::fitHeight()
{
    // As tall as its views, up to nine: no empty space under a short list, no scrolling to
    // reach the Ctrl+N ones.
    const int rows = qBound(1, m_model->rowCount(), kMostRowsShown);
    const int row =
        m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() + 8;
    m_list->setFixedHeight(rows * row + 2 * m_list->frameWidth() + 2);
}

} // namespace fentu
