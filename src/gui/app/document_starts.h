#pragma once
// Where a new document starts: blank, the sample workshop, or one of the industry templates in
// resources/templates/ (assessment JSON, as the sample). Whatever the start, the company,
// facilitator, industry and currency are the ones typed in the New document dialog.
#include <QList>
#include <QString>

#include "engine/model/assessment.h"

namespace crm::gui {

struct DocumentStart {
    QString title;             // "Template: retailer"
    QString description;       // one line shown under the choice
    QString jsonFile;          // relative to the resources folder; empty for the blank document
    bool keepsCycles = false;  // the sample keeps its two named cycles; others name theirs
};

// Blank first, then the sample, then the templates.
const QList<DocumentStart>& documentStarts();

struct NewDocumentChoice {
    DocumentProperties properties;
    QString cycleName;  // the first (only) cycle's name; not used by the sample
    int start = 0;      // index in documentStarts()
};

// The assessment a choice makes. Throws store::StoreError when a start's file cannot be read
// or is not a valid assessment (the message names the file).
Assessment buildNewAssessment(const NewDocumentChoice& choice);

}  // namespace crm::gui
