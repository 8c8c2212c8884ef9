#include "firstrundialog.h"

#include "colourscheme.h"
#include "markcolours.h"
#include "servertext.h"

#include "icons.h"

#include "session/localsandbox.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// A big button with a title and a line that says what happens, so the choice is clear.
QPushButton *choiceButton(const QString &objectName, const QString &title, QWidget *parent)
{
    auto *button = new QPushButton(title, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
    return button;
}

QLabel *choiceNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

FirstRunDialog::FirstRunDialog(LocalSandbox *sandbox, QWidget *parent)
    : QDialog(parent), m_sandbox(sandbox),
      m_connect(choiceButton(u"connectToServer"_s, tr("&Connect to My Server…"), this)),
      m_trySandbox(choiceButton(u"trySandbox"_s, tr("&Try the Local Sandbox"), this)),
      m_later(new QPushButton(tr("Not Now"), this)), m_busy(new QProgressBar(this)),
      m_status(new QLabel(this))
{
    Q_ASSERT(m_sandbox);
    setObjectName(u"firstRunDialog"_s);
    setWindowTitle(tr("Welcome to Fentu Desk"));

    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    auto *title = new QLabel(tr("Welcome to Fentu Desk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Fentu Desk shows and edits the work orders of a Fentu FSM "
                                "server. To start, tell it which server to use."),
                             this);
    intro->setWordWrap(true);
    auto *heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(intro);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(heading, 1);

    m_connect->setDefault(true);
    m_busy->setObjectName(u"sandboxBusy"_s);
    m_busy->setRange(0, 0); // no steps to count: starting takes a second or two
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();
    m_status->setObjectName(u"firstRunStatus"_s);
    m_status->setWordWrap(true);
    makePlainText(m_status);
    m_status->hide();
    m_later->setObjectName(u"notNow"_s);
    m_later->setAutoDefault(false);
    m_later->setToolTip(
        tr("Close this window; Settings (%1) is there when you are ready.")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText)));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addSpacing(10);
    layout->addWidget(m_connect);
    layout->addWidget(choiceNote(tr("Enter your server's address and your API key. The key is "
                                    "kept in the system keychain."),
                                 this));
    layout->addSpacing(6);
    layout->addWidget(m_trySandbox);
    layout->addWidget(choiceNote(tr("Starts a demo server on this computer with sample work "
                                    "orders, so you can look around. Nothing leaves this "
                                    "computer."),
                                 this));
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addSpacing(6);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_later);
    layout->addLayout(bottom);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_connect, &QPushButton::clicked, this, [this] {
        accept();
        emit connectToServerRequested();
    });
    connect(m_trySandbox, &QPushButton::clicked, this, &FirstRunDialog::trySandbox);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_sandbox, &LocalSandbox::ready, this, [this](const QUrl &url, const QString &key) {
        setStarting(false);
        accept();
        emit sandboxReady(url, key);
    });
    connect(m_sandbox, &LocalSandbox::failed, this, [this](const QString &message) {
        setStarting(false);
        // Red that reads on this dialog's background, light or dark.
        m_status->setStyleSheet(
            u"color: %1;"_s.arg(markColours(colourSchemeOf(palette())).problemText.name()));
        m_status->setText(message);
        m_status->show();
    });
}

void FirstRunDialog::trySandbox()
{
    setStarting(true);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Starting the local sandbox…"));
    m_status->show();
    if (m_sandbox->isRunning() && !m_sandbox->baseUrl().isEmpty()) {
        // Started earlier in this session: use it again rather than a second one.
        const QUrl url = m_sandbox->baseUrl();
        const QString key = m_sandbox->key();
        setStarting(false);
        accept();
        emit sandboxReady(url, key);
        return;
    }
    m_sandbox->start();
}

void FirstRunDialog::setStarting(bool starting)
{
    m_connect->setEnabled(!starting);
    m_trySandbox->setEnabled(!starting);
    m_busy->setVisible(starting);
}

} // namespace fentu
