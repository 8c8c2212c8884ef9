#include "firstpaintwatcher.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>

namespace fentu::bench {

FirstPaintWatcher::FirstPaintWatcher(QAbstractItemView *view, std::function<void()> painted,
                                     QObject *parent)
    : QObject(parent), m_view(view), m_painted(std::move(painted))
{
    m_view->viewport()->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || !m_painted || !m_view->model() ||
        m_view->model()->rowCount() == 0) {
        return QObject::eventFilter(watched, event);
    }
    // Paint now, from inside the filter, so that the time is taken after the rows are drawn,
    // not before: without this filter the event goes on through the scroll area's own filter
    // (which paints the table); then swallow it so that it is not painted twice.
    m_view->viewport()->removeEventFilter(this);
    QCoreApplication::sendEvent(watched, event);
    auto painted = std::move(m_painted);
    m_painted = nullptr;
    painted();
    return true;
}

} // namespace fentu::bench
