#include "benchreport.h"

#include "benchtext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace fentu::bench {

namespace {

QString formatValue(double value, const QString &unit)
{
    const int decimals = unit == u"x"_s ? 2 : (std::abs(value) < 100 ? 1 : 0);
    return QLocale::c().toString(value, 'f', decimals) + u' ' + unit;
}

QString formatGoal(const Figure &figure)
{
    const QString sign = figure.comparison == Figure::Goal::Below ? u"<"_s : u"≤"_s;
    return sign + u' ' + formatValue(figure.goal, figure.unit);
}

QString verdict(const Figure &figure)
{
    if (!figure.isMeasured())
        return tr("N/A ");
    if (!figure.isJudged())
        return tr("N/C ");
    return figure.passes() ? tr("PASS") : tr("MISS");
}

} // namespace

BenchReport::BenchReport(MachineInfo machine, QTextStream &out)
    : m_machine(std::move(machine)), m_out(out)
{
    m_out << m_machine.line() << Qt::endl;
}

void BenchReport::add(const Figure &figure)
{
    m_figures.append(figure);
    const QString value =
        figure.isMeasured() ? formatValue(figure.value, figure.unit) : tr("not measured");
    m_out << verdict(figure) << u"  "_s << figure.title.leftJustified(58) << u' '
          << value.rightJustified(12) << u"   "_s << tr("goal %1").arg(formatGoal(figure))
          << Qt::endl;
    QStringList lines;
    if (!figure.caveat.isEmpty())
        lines << tr("not comparable: %1").arg(figure.caveat);
    if (!figure.detail.isEmpty())
        lines << figure.detail.split(u'\n');
    for (const QString &line : std::as_const(lines))
        m_out << u"      "_s << line << Qt::endl;
}

void BenchReport::note(const QString &text)
{
    m_notes.append(text);
    m_out << tr("note: %1").arg(text) << Qt::endl;
}

bool BenchReport::allPassed() const
{
    for (const Figure &figure : m_figures) {
        if (!figure.passes())
            return false;
    }
    return true;
}

void BenchReport::printSummary()
{
    int passed = 0;
    int missed = 0;
    int unmeasured = 0;
    for (const Figure &figure : std::as_const(m_figures)) {
        if (!figure.isJudged())
            ++unmeasured;
        else if (figure.passes())
            ++passed;
        else
            ++missed;
    }
    m_out << tr("%1 figures: %2 PASS, %3 MISS, %4 not measured or not comparable")
                 .arg(m_figures.size())
                 .arg(passed)
                 .arg(missed)
                 .arg(unmeasured)
          << Qt::endl;
    m_out << m_machine.line() << Qt::endl;
}

bool BenchReport::writeJson(const QString &path) const
{
    QJsonArray figures;
    for (const Figure &figure : m_figures) {
        figures.append(QJsonObject{
            {u"key"_s, figure.key},
            {u"title"_s, figure.title},
            {u"value"_s, figure.isMeasured() ? QJsonValue(figure.value) : QJsonValue()},
            {u"unit"_s, figure.unit},
            {u"goal"_s, figure.goal},
            {u"comparison"_s, figure.comparison == Figure::Goal::Below ? u"<"_s : u"<="_s},
            {u"pass"_s, figure.passes()},
            {u"caveat"_s, figure.caveat},
            {u"detail"_s, figure.detail},
        });
    }
    const QJsonObject root{{u"machine"_s, m_machine.toJson()},
                           {u"figures"_s, figures},
                           {u"notes"_s, QJsonArray::fromStringList(m_notes)}};
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (path == u"-"_s) {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(json) == json.size();
}

} // namespace fentu::bench
