#pragma once

#include "filter/workorderfilter.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace fentu {

/// How a saved view's scheduled dates are kept: as the days they were (Fixed), or as a rule
/// that means today's days today and tomorrow's tomorrow.
enum class DateRule
{
    Fixed,        // the filter's own fromDate and toDate
    Today,        // today .. today
    ThisWeek,     // Monday .. Sunday of this week
    Next7Days,    // today .. today + 6
    Overdue,      // .. yesterday
    TodayOnwards, // today .. (no end): "today and upcoming"
};

/// The rules, in the order a menu offers them (Fixed first).
QList<DateRule> allDateRules();
/// The name in a view file ("today", "this-week", ...): stable, never translated.
QString dateRuleKey(DateRule rule);
std::optional<DateRule> dateRuleFromKey(const QString &key);
/// "Today", "This week"...; Fixed: "Fixed dates".
QString dateRuleName(DateRule rule);

/// `filter` with the dates `rule` gives on `today`; Fixed leaves the filter as it is.
WorkOrderFilter withDateRule(WorkOrderFilter filter, DateRule rule, QDate today);
/// The rules that give exactly `filter`'s dates on `today`, in allDateRules() order, Fixed
/// left out: on a Monday "This week" and "Next 7 days" are the same days.
QList<DateRule> dateRulesOf(const WorkOrderFilter &filter, QDate today);
/// The first of dateRulesOf(), or Fixed when none does or the filter has no dates.
DateRule dateRuleOf(const WorkOrderFilter &filter, QDate today);

} // namespace fentu
