#pragma once

#include "chartexporter.h"
#include "chartrequest.h"
#include "model/result.h"
#include "timeline/scene.h"

class Database;

// Turns a ChartRequest into a picture: queries the store, lays the chart out and paints it.
// The one path from data to an exported file, for the GUI and the command line alike.
class ChartBuilder
{
public:
    static Result<Scene> scene(Database &db, const ChartRequest &request);
    // Writes the chart to `path` in the format its extension names (.png, .svg, .pdf).
    static Status write(Database &db, const ChartRequest &request, const QString &path);
    // The same for a scene already laid out: every error it returns is about writing the file,
    // none about the database.
    static Status write(const Scene &scene, const ChartRequest &request, const QString &path);
    // Where and how the request is written to `path`; an error when the file name or the size
    // will not do (see ChartExporter::checkSize).
    static Result<ExportTarget> target(const ChartRequest &request, const QString &path);
    static Result<QImage> image(Database &db, const ChartRequest &request);
    // Paints an already laid out scene in the request's theme.
    static ChartExporter::Draw drawing(const Scene &scene, const ChartRequest &request);
};
