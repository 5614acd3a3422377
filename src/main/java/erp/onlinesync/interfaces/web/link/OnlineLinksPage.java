package erp.onlinesync.interfaces.web.link;

import erp.onlinesync.application.link.LinkQueries;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs {@code online-links.xhtml}: the list of online synchronizations, a page at a time. */
@Named
@ViewScoped
public class OnlineLinksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LinkQueries linkQueries;

    private OnlineLinkModel links;

    public void load() {
        links = new OnlineLinkModel(linkQueries);
    }

    public OnlineLinkModel getLinks() {
        return links;
    }
}
