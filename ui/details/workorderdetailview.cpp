#include "workorderdetailview.h"

#include "servertext.h"

#include "workorderdetailform.h"

#include "itemmodels/workordertablemodel.h"
#include "sync/workorderdetailloader.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {
enum Page
{
    HintPage,
    ErrorPage,
    FormPage
};
} // namespace

WorkOrderDetailView::WorkOrderDetailView(ApiClient *client, SwitchingPageSource *switching,
                                         CacheStore *store, QWidget *parent)
    : QWidget(parent), m_loader(new WorkOrderDetailLoader(client, switching, store, this)),
      m_busy(new QProgressBar(this)), m_pages(new QStackedWidget(this)),
      m_hint(new QLabel(m_pages)), m_errorPage(new QWidget(m_pages)),
      m_error(new QLabel(m_errorPage)), m_retry(new QPushButton(tr("&Retry"), m_errorPage)),
      m_scroll(new QScrollArea(m_pages)), m_form(new WorkOrderDetailForm)
{
    setObjectName(u"detailView"_s);
    setAccessibleName(tr("Work order details"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 36);

    // A thin bar rather than a spinner over the text: the order already shown stays readable
    // while it reloads.
    m_busy->setObjectName(u"detailLoading"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(4);
    m_busy->setAccessibleName(tr("Loading the work order"));
    m_busy->hide();

    m_hint->setObjectName(u"detailPlaceholder"_s);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    makePlainText(m_hint);
    m_hint->setMargin(24);

    m_errorPage->setObjectName(u"detailErrorPage"_s);
    m_error->setObjectName(u"detailError"_s);
    makePlainText(m_error); // the server's message may be part of it
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retry->setObjectName(u"detailRetry"_s);
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->setContentsMargins(24, 24, 24, 24);
    errorLayout->addStretch(1);
    errorLayout->addWidget(m_error);
    errorLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    errorLayout->addStretch(2);
    connect(m_retry, &QPushButton::clicked, m_loader, &WorkOrderDetailLoader::reload);

    m_scroll->setObjectName(u"detailScroll"_s);
    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long text wraps instead
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::StrongFocus); // arrow keys and Page Down scroll the details

    m_pages->setObjectName(u"detailPages"_s);
    m_pages->insertWidget(HintPage, m_hint);
    m_pages->insertWidget(ErrorPage, m_errorPage);
    m_pages->insertWidget(FormPage, m_scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_busy);
    layout->addWidget(m_pages, 1);

    connect(m_loader, &WorkOrderDetailLoader::stateChanged, this, &WorkOrderDetailView::render);
    render();
}

WorkOrderDetailView::~WorkOrderDetailView() = default;

void WorkOrderDetailView::follow(QItemSelectionModel *selection, WorkOrderTableModel *model)
{
    m_selection = selection;
    m_model = model;
    connect(selection, &QItemSelectionModel::selectionChanged, this,
            &WorkOrderDetailView::onSelectionChanged);
    // Rows that leave the view (a new filter, a reset) leave the selection without a
    // selectionChanged in every case: look again.
    const QAbstractItemModel *shown = selection->model();
    connect(shown, &QAbstractItemModel::modelReset, this, &WorkOrderDetailView::onSelectionChanged);
    connect(shown, &QAbstractItemModel::rowsRemoved, this,
            &WorkOrderDetailView::onSelectionChanged);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                onRowsChanged(topLeft.row(), bottomRight.row());
            });
    onSelectionChanged();
}

void WorkOrderDetailView::onSelectionChanged()
{
    if (!m_selection)
        return;
    QStringList ids;
    for (const QModelIndex &index : m_selection->selectedRows())
        ids << index.data(WorkOrderTableModel::IdRole).toString();
    showSelection(ids);
}

void WorkOrderDetailView::showSelection(const QStringList &ids)
{
    m_selectedCount = int(ids.size());
    if (ids.size() == 1) {
        // The same order again (a re-sort, another column of the row) is not a new request; a
        // failed one is retried by the user, not by every selection event.
        if (ids.first() != m_loader->id() ||
            m_loader->state() == WorkOrderDetailLoader::State::Idle)
            m_loader->load(ids.first());
    } else if (m_loader->state() != WorkOrderDetailLoader::State::Idle) {
        m_loader->clear();
    }
    render();
}

void WorkOrderDetailView::onRowsChanged(int first, int last)
{
    // The table's copy of the order changed (an edit, a newer page): the details follow.
    const QString id = m_loader->id();
    if (id.isEmpty() || !m_model || m_loader->state() == WorkOrderDetailLoader::State::Loading)
        return;
    for (int row = first; row <= last; ++row) {
        if (m_model->orderAt(row).id == id) {
            m_loader->reload();
            return;
        }
    }
}

void WorkOrderDetailView::render()
{
    using State = WorkOrderDetailLoader::State;
    const State state = m_loader->state();
    m_busy->setVisible(state == State::Loading);
    if (m_selectedCount > 1) {
        m_hint->setText(tr("%n work orders selected", nullptr, m_selectedCount));
        m_pages->setCurrentIndex(HintPage);
        return;
    }
    switch (state) {
    case State::Idle:
        m_hint->setText(tr("Select a work order to see its details"));
        m_pages->setCurrentIndex(HintPage);
        break;
    case State::Loading:
        // Reloading the order on show keeps it; another order waits on a plain hint.
        if (m_loader->order().id != m_loader->id() || m_pages->currentIndex() != FormPage) {
            m_hint->setText(tr("Loading the work order…"));
            m_pages->setCurrentIndex(HintPage);
        }
        break;
    case State::Loaded:
        m_form->showOrder(
            m_loader->order(),
            DetailSource{m_loader->isFromCache(), m_loader->isPartial(), m_loader->cachedAt()});
        m_pages->setCurrentIndex(FormPage);
        break;
    case State::Failed:
        m_error->setText(m_loader->errorMessage());
        m_pages->setCurrentIndex(ErrorPage);
        break;
    }
}

void WorkOrderDetailView::takeFocus()
{
    if (m_pages->currentIndex() == ErrorPage)
        m_retry->setFocus(Qt::ShortcutFocusReason);
    else
        m_scroll->setFocus(Qt::ShortcutFocusReason);
}

} // namespace fentu
