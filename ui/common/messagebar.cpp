#include "messagebar.h"

#include "servertext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace fentu {

MessageBar::MessageBar(Kind kind, const QString &name, const QString &textName, QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_layout(new QHBoxLayout(this))
{
    setObjectName(name);
    m_text->setObjectName(textName);
    const bool problem = kind == Kind::Problem;
    // The selector keeps the style sheet off the buttons.
    setStyleSheet(problem ? u"#%1 { background: #fdecea; border: 1px solid #e8a29c; "
                            "border-radius: 4px; } #%1 QLabel { color: #5f2120; }"_s.arg(name)
                          : u"#%1 { background: #fff4d6; border: 1px solid #e0c066; "
                            "border-radius: 4px; } #%1 QLabel { color: #4d3b00; }"_s.arg(name));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(problem ? QStyle::SP_MessageBoxWarning
                                                 : QStyle::SP_MessageBoxInformation,
                                         nullptr, this)
                          .pixmap(iconSize, iconSize));
    makePlainText(m_text);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_layout->setContentsMargins(8, 4, 4, 4);
    m_layout->addWidget(m_icon);
    m_layout->addWidget(m_text, 1);
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::setText(const QString &text)
{
    m_text->setText(text);
}

QPushButton *MessageBar::addButton(const QString &objectName, const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    m_layout->addWidget(button);
    return button;
}

} // namespace fentu
