#include "domain/detailscope.h"

namespace fentu {

DetailWindow DetailScope::windowFor(int orderCount, QDate today) const
{
    if (mode == Mode::All || (mode == Mode::Automatic && orderCount < AutomaticAllBelow))
        return DetailWindow::all();
    // The user's own days, as the filters mean them.
    const QDate first = today.addDays(-qBound(0, daysBack, MaxDays));
    const QDate last = today.addDays(qBound(0, daysAhead, MaxDays));
    return DetailWindow::between(first.startOfDay(Qt::LocalTime),
                                 last.addDays(1).startOfDay(Qt::LocalTime));
}

} // namespace fentu
