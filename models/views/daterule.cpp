#include "views/daterule.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

struct RuleName
{
    DateRule rule;
    QLatin1StringView key;
};

constexpr RuleName kRules[] = {
    {DateRule::Fixed, "fixed"_L1},        {DateRule::Today, "today"_L1},
    {DateRule::ThisWeek, "this-week"_L1}, {DateRule::Next7Days, "next-7-days"_L1},
    {DateRule::Overdue, "overdue"_L1},    {DateRule::TodayOnwards, "today-onwards"_L1},
};

} // namespace

QList<DateRule> allDateRules()
{
    QList<DateRule> rules;
    for (const RuleName &name : kRules)
        rules.append(name.rule);
    return rules;
}

QString dateRuleKey(DateRule rule)
{
    for (const RuleName &name : kRules) {
        if (name.rule == rule)
            return name.key;
    }
    return u"fixed"_s;
}

std::optional<DateRule> dateRuleFromKey(const QString &key)
{
    for (const RuleName &name : kRules) {
        if (key == name.key)
            return name.rule;
    }
    return std::nullopt;
}

QString dateRuleName(DateRule rule)
{
    switch (rule) {
    case DateRule::Fixed:
        return QCoreApplication::translate("fentu::DateRule", "Fixed dates");
    case DateRule::Today:
        return QCoreApplication::translate("fentu::DateRule", "Today");
    case DateRule::ThisWeek:
        return QCoreApplication::translate("fentu::DateRule", "This week");
    case DateRule::Next7Days:
        return QCoreApplication::translate("fentu::DateRule", "Next 7 days");
    case DateRule::Overdue:
        return QCoreApplication::translate("fentu::DateRule", "Overdue (before today)");
    case DateRule::TodayOnwards:
        return QCoreApplication::translate("fentu::DateRule", "Today and later");
    }
    return {};
}

WorkOrderFilter withDateRule(WorkOrderFilter filter, DateRule rule, QDate today)
{
    switch (rule) {
    case DateRule::Fixed:
        return filter;
    case DateRule::Today:
        filter.fromDate = today;
        filter.toDate = today;
        break;
    case DateRule::ThisWeek: {
        const WorkOrderFilter week = WorkOrderFilter::thisWeek(today);
        filter.fromDate = week.fromDate;
        filter.toDate = week.toDate;
        break;
    }
    case DateRule::Next7Days:
        filter.fromDate = today;
        filter.toDate = today.addDays(6);
        break;
    case DateRule::Overdue:
        filter.fromDate = QDate();
        filter.toDate = today.addDays(-1);
        break;
    case DateRule::TodayOnwards:
        filter.fromDate = today;
        filter.toDate = QDate();
        break;
    }
    return filter;
}

QList<DateRule> dateRulesOf(const WorkOrderFilter &filter, QDate today)
{
    QList<DateRule> rules;
    if (!filter.fromDate.isValid() && !filter.toDate.isValid())
        return rules;
    for (const DateRule rule : allDateRules()) {
        if (rule == DateRule::Fixed)
            continue;
        const WorkOrderFilter ruled = withDateRule(filter, rule, today);
        if (ruled.fromDate == filter.fromDate && ruled.toDate == filter.toDate)
            rules.append(rule);
    }
    return rules;
}

DateRule dateRuleOf(const WorkOrderFilter &filter, QDate today)
{
    const QList<DateRule> rules = dateRulesOf(filter, today);
    return rules.isEmpty() ? DateRule::Fixed : rules.first();
}

} // namespace fentu
