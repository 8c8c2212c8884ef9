#pragma once

#include "filter/workorderfilter.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace fentu {

/// One line above the table that says which filter is in force ("Status: Open · Customer:
/// Acme Corp"), with a button to clear it. Hidden while nothing is filtered.
class FilterSummaryBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterSummaryBar(QWidget *parent = nullptr);

    void setFilter(const WorkOrderFilter &filter);
    QString text() const;

signals:
    void clearRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElidedText();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_clear;
    QString m_summary;
};

} // namespace fentu
