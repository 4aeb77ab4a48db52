#include "preferencesdialog.h"

#include "applanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    // Each language is named in itself, so it can be found whatever the program speaks.
    m_language->addItem(tr("System"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppLanguage::chosen())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    const QString code = m_language->currentData().toString();
    if (code != AppLanguage::chosen()) {
        AppLanguage::choose(code);
        QMessageBox::information(this, tr("Preferences"),
                                 tr("Tenure will speak the language you chose the next time it "
                                    "starts."));
    }
    QDialog::accept();
}
