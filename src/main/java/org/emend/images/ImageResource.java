package org.emend.images;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.article.ArticleVisibility;
import org.emend.failure.Failure;
import org.emend.page.Page;
import org.emend.persistence.Lookups;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1")
@Tag(name = "Page images", description = "Scans of printed pages")
public class ImageResource {

    private static final int MAX_AGE_SECONDS = 3600;

    private final ImageService images;
    private final ArticleVisibility visibility;

    ImageResource(ImageService images, ArticleVisibility visibility) {
        this.images = images;
        this.visibility = visibility;
    }

    /** What an image upload answers: the scan's size and fingerprint. */
    public record ImageView(UUID pageId, String mediaType, long byteSize, Integer width, Integer height, String sha256) {

        static ImageView of(PageImage image) {
            return new ImageView(image.pageId, image.mediaType, image.byteSize, image.width, image.height, image.sha256);
        }
    }

    @PUT
    @Path("pages/{id}/image")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Store the scan of a page (PNG, JPEG or TIFF), replacing any earlier one")
    public ImageView put(@RestPath UUID id, @RequestBody(description = "The image file") InputStream body) throws IOException {
        return ImageView.of(images.store(id, images.read(body)));
    }

    @GET
    @Path("pages/{id}/image")
    @Produces({ "image/png", "image/jpeg", "image/tiff" })
    @Operation(summary = "The scan of a page, as browsers show it (original=true: the file as uploaded)")
    public Response get(@RestPath UUID id, @RestQuery boolean original, Request request) {
        visibility.requireReadable(Lookups.require(Page.class, id, "page").article);
        PageImage image = images.get(id);
        EntityTag tag = new EntityTag(image.sha256 + (original ? "-original" : ""));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        boolean raw = original || image.displayContent == null;
        return Response.ok(raw ? image.content : image.displayContent, raw ? image.mediaType : image.displayMediaType)
                .tag(tag).cacheControl(cache).build();
    }

    @DELETE
    @Path("pages/{id}/image")
    @Operation(summary = "Remove the scan of a page")
    public void delete(@RestPath UUID id) {
        images.delete(id);
    }

    @POST
    @Path("articles/{id}/images")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Store several scans at once, each file named by its page's printed number (079.png) or sequence")
    public List<ImageService.Stored> putAll(@RestPath UUID id, @RestForm("file") List<FileUpload> files) throws IOException {
        if (files == null || files.isEmpty()) {
            throw Failure.invalid("file", "upload one or more image files as the file field");
        }
        return images.storeAll(id, images.readAll(files));
    }
}
