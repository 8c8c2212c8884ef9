#include "filtercontroller.h"

#include "filterpanel.h"
#include "filtersummarybar.h"
#include "workorderproxymodel.h"

#include "itemmodels/workordertablemodel.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

FilterController::FilterController(QMainWindow *window, FilterPanel *panel,
                                   WorkOrderTableModel *model, AppSettings *settings,
                                   WorkOrderProxyModel *proxy, QLineEdit *search)
    : QObject(window), m_model(model), m_settings(settings), m_proxy(proxy), m_search(search),
      m_dock(new QDockWidget(tr("Filters"), window)), m_panel(panel),
      m_summary(new FilterSummaryBar(window)),
      m_focusAction(new QAction(tr("Go to F&ilters"), this))
{
    // A short screen still reaches every control: the panel scrolls inside the dock.
    auto *scroll = new QScrollArea(m_dock);
    scroll->setObjectName(u"filterScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The saved views may come above the filters (addAboveFilters), in the same scroll.
    m_dockContents = new QWidget(scroll);
    auto *stack = new QVBoxLayout(m_dockContents);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->setSpacing(4);
    stack->addWidget(m_panel, 1);
    scroll->setWidget(m_dockContents);
    m_dock->setObjectName(u"filterDock"_s);
    m_dock->setWidget(scroll);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_dock->setMinimumWidth(m_panel->minimumSizeHint().width() + 8);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);

    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&Filters"));
    toggle->setObjectName(u"actionShowFilters"_s);
    toggle->setStatusTip(tr("Show or hide the filter panel"));
    m_focusAction->setObjectName(u"actionFocusFilters"_s);
    m_focusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_focusAction->setStatusTip(tr("Move the keyboard focus to the filter panel"));
    connect(m_focusAction, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_panel->focusFirstControl();
    });
    // The window owns the shortcuts, so they work wherever the focus is, dock hidden or not.
    window->addAction(m_focusAction);
    window->addAction(m_panel->clearAction());

    connect(m_panel, &FilterPanel::filterChanged, this, &FilterController::applyFilter);
    connect(m_summary, &FilterSummaryBar::clearRequested, this, &FilterController::clearAll);

    // The last filter, restored. The model loads nothing until it has a source, so this
    // never costs a request for a filter about to change.
    const WorkOrderFilter last = WorkOrderFilter::fromVariantMap(m_settings->lastFilter());
    WorkOrderFilter restored = last;
    restored.quickSearch.clear(); // the quick search is of the moment, not of the session
    m_panel->setFilter(restored);
    if (m_model->filter() != restored)
        m_model->setFilter(restored);
    applyLocalFilter();
}

QList<QAction *> FilterController::viewActions() const
{
    return {m_dock->toggleViewAction(), m_focusAction, m_panel->clearAction()};
}

void FilterController::applyLocalFilter()
{
    WorkOrderFilter shown = m_model->filter();
    shown.quickSearch = m_search ? m_search->text() : QString();
    WorkOrderFilter narrowed = shown;
    if (m_searchInSource)
        narrowed.quickSearch.clear(); // the source's rows are the matches already
    m_proxy->setLocalFilter(narrowed);
    m_summary->setFilter(shown);
}

void FilterController::setSearchInSource(bool inSource)
{
    m_searchInSource = inSource;
    applyLocalFilter();
}

void FilterController::showFilter(const WorkOrderFilter &filter)
{
    WorkOrderFilter shown = filter;
    shown.quickSearch.clear(); // the search box has its own
    m_panel->setFilter(shown);
    applyFilter(shown);
}

void FilterController::serverChanged(const QUrl &server)
{
    if (!m_panel->forgetServer(server))
        return;
    const WorkOrderFilter kept = m_panel->filter();
    if (kept != m_model->filter())
        applyFilter(kept);
}

void FilterController::addAboveFilters(QWidget *widget)
{
    auto *stack = static_cast<QVBoxLayout *>(m_dockContents->layout());
    widget->setParent(m_dockContents);
    // The same margins as the filters below, so the headings line up.
    if (QLayout *inner = widget->layout(); inner && m_panel->layout()) {
        QMargins margins = m_panel->layout()->contentsMargins();
        margins.setBottom(0);
        inner->setContentsMargins(margins);
    }
    stack->insertWidget(0, widget);
    m_dock->setMinimumWidth(qMax(m_dock->minimumWidth(), widget->minimumSizeHint().width() + 8));
}

void FilterController::retryFailedLookups()
{
    m_panel->retryFailedLookups();
}

void FilterController::applyFilter(const WorkOrderFilter &filter)
{
    m_model->setFilter(filter);
    m_settings->setLastFilter(filter.toVariantMap());
    applyLocalFilter();
    emit filterApplied(filter);
}

void FilterController::clearAll()
{
    if (m_search)
        m_search->clear();
    m_panel->clearAction()->trigger();
}

} // namespace fentu
