// Starts Swagger UI on the page's document. "Try it out" sends the session cookie: the header marks the call as the
// module's own, as the API's cross-site check (CsrfGuard) asks of a call signed in by the session that changes something.
window.addEventListener('load', function () {
    var root = document.getElementById('swagger-ui');
    SwaggerUIBundle({
        url: root.dataset.url,
        domNode: root,
        deepLinking: true,
        requestInterceptor: function (request) {
            request.headers['X-Requested-By'] = 'swagger-ui';
            return request;
        }
    });
});
