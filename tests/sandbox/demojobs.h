#pragma once

#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace fentu::sandbox {

/// Made-up field service work for the demo data: types, descriptions, task lists and notes
/// that fit together (an emergency is urgent more often, an inspection has inspection tasks).
class DemoJobs
{
public:
    static const QStringList &types();
    static QString type(QRandomGenerator &random);
    static QString priority(QRandomGenerator &random, const QString &type);
    static QString description(QRandomGenerator &random, const QString &type);
    /// 1 to 3 task names for this type of work, in the order they are done.
    static QStringList tasks(QRandomGenerator &random, const QString &type);
    /// A note, or an empty string for most orders.
    static QString notes(QRandomGenerator &random);
    /// Minutes, in quarter hours, longer for installations.
    static int duration(QRandomGenerator &random, const QString &type);
};

} // namespace fentu::sandbox
