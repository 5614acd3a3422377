package erp.onlinesync.interfaces.web.link;

import erp.onlinesync.application.link.LinkQueries;
import erp.onlinesync.application.link.LinkView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code online-links.xhtml}: the list of online synchronizations. */
@Named
@ViewScoped
public class OnlineLinksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LinkQueries linkQueries;

    private List<LinkView> links;

    public void load() {
        links = linkQueries.list();
    }

    public List<LinkView> getLinks() {
        return links;
    }
}
