#include "vocabulary.h"

using namespace Qt::StringLiterals;

namespace fentu::sandbox::vocabulary {

const QStringList &statuses()
{
    static const QStringList list{u"draft"_s,   u"open"_s,      u"assigned"_s, u"in_progress"_s,
                                  u"on_hold"_s, u"completed"_s, u"cancelled"_s};
    return list;
}

const QStringList &priorities()
{
    static const QStringList list{u"low"_s, u"medium"_s, u"high"_s, u"urgent"_s};
    return list;
}

bool isStatus(const QString &text)
{
    return statuses().contains(text);
}

bool isPriority(const QString &text)
{
    return priorities().contains(text);
}

bool needsTechnician(const QString &status)
{
    return status == u"assigned"_s || status == u"in_progress"_s;
}

bool isFinal(const QString &status)
{
    return status == u"completed"_s || status == u"cancelled"_s;
}

} // namespace fentu::sandbox::vocabulary
