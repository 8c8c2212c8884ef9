#include "filtersummarybar.h"

#include "icons.h"
#include "servertext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace fentu {

FilterSummaryBar::FilterSummaryBar(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_clear(new QPushButton(tr("Clear"), this))
{
    setObjectName(u"filterSummary"_s);
    m_text->setObjectName(u"filterSummaryText"_s);
    m_clear->setObjectName(u"clearSummaryFilters"_s);
    setAccessibleName(tr("Active filter"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    // Only a desktop theme has a filter icon; without one the text stands alone.
    const QIcon icon = themedIcon(u"view-filter"_s);
    m_icon->setPixmap(icon.pixmap(iconSize, iconSize));
    m_icon->setVisible(!icon.isNull());
    // Names come from the server: plain text, never markup. Elided to one line, the whole
    // text in the tooltip, so a long filter never widens the window.
    makePlainText(m_text);
    m_text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_clear->setFlat(true);
    m_clear->setAutoDefault(false);
    m_clear->setToolTip(tr("Show all work orders"));
    m_clear->setCursor(Qt::PointingHandCursor);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    layout->addWidget(m_clear); // right after the text, where the eye already is
    layout->addStretch(1);
    connect(m_clear, &QPushButton::clicked, this, &FilterSummaryBar::clearRequested);
    hide();
}

void FilterSummaryBar::setFilter(const WorkOrderFilter &filter)
{
    m_summary = filter.summary();
    setPlainToolTip(m_text, m_summary); // names the user picked from the server's lists
    m_text->setAccessibleName(m_summary);
    updateElidedText();
    setVisible(!filter.isEmpty());
}

QString FilterSummaryBar::text() const
{
    return m_summary;
}

void FilterSummaryBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateElidedText();
}

void FilterSummaryBar::updateElidedText()
{
    // The room the bar has, not the label's own width (that follows the text it was given).
    const QMargins margins = layout()->contentsMargins();
    int room = width() - margins.left() - margins.right() - m_clear->sizeHint().width() -
               layout()->spacing();
    if (!m_icon->isHidden())
        room -= m_icon->sizeHint().width() + layout()->spacing();
    m_text->setText(m_text->fontMetrics().elidedText(m_summary, Qt::ElideRight, qMax(0, room)));
}

} // namespace fentu
