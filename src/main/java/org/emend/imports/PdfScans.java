package org.emend.imports;

import jakarta.enterprise.context.ApplicationScoped;

import org.emend.images.ImageService;
import org.emend.jobs.JobTask;
import org.emend.jobs.TaskHandler;
import org.emend.pdf.PdfPages;
import org.emend.pdf.SourcePdfs;

/** Renders an imported PDF's pages as their scans, a task a page (its place in the PDF is the task's). */
@ApplicationScoped
public class PdfScans implements TaskHandler {

    static final String KIND = "pdf-scans";

    private final SourcePdfs pdfs;
    private final ImageService images;

    PdfScans(SourcePdfs pdfs, ImageService images) {
        this.pdfs = pdfs;
        this.images = images;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobTask task) {
        images.store(task.targetId(), pdfs.of(task.subjectId()).png(task.seq(), PdfPages.SCAN_DPI));
    }
}
