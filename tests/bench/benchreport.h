#pragma once

#include "figure.h"
#include "machineinfo.h"

#include <QList>
#include <QString>
#include <QTextStream>

namespace fentu::bench {

/// Collects the figures of a run and prints each as it comes: the figure, its goal and
/// PASS or MISS, with the detail underneath; the machine line first; --json at the end.
class BenchReport
{
public:
    /// Human-readable lines go to `out` (stdout, or stderr when the JSON goes to stdout).
    BenchReport(MachineInfo machine, QTextStream &out);

    void add(const Figure &figure);
    /// A remark that belongs to the run rather than to a figure (a missing piece, a warning).
    void note(const QString &text);

    const QList<Figure> &figures() const { return m_figures; }
    bool allPassed() const;
    /// The closing summary: how many passed, missed, could not be measured.
    void printSummary();
    /// Writes the machine, figures and notes as JSON; "-" means stdout.
    bool writeJson(const QString &path) const;

private:
    MachineInfo m_machine;
    QTextStream &m_out;
    QList<Figure> m_figures;
    QStringList m_notes;
};

} // namespace fentu::bench
