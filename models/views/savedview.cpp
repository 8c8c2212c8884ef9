#include "views/savedview.h"

#include <QCoreApplication>
#include <QUuid>

namespace fentu {

WorkOrderFilter SavedView::filterOn(QDate today) const
{
    WorkOrderFilter resolved = withDateRule(filter, dateRule, today);
    resolved.quickSearch.clear();
    return resolved;
}

SavedView SavedView::todayAndUpcoming()
{
    SavedView view;
    view.id = newId();
    view.name = QCoreApplication::translate("fentu::SavedView", "Today and upcoming");
    view.dateRule = DateRule::TodayOnwards;
    view.filter.hideClosed = true;
    return view;
}

QString SavedView::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace fentu
