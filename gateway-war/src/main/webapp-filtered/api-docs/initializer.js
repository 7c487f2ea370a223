// Shows the gateway's OpenAPI document (/api/openapi, served by MicroProfile OpenAPI) in Swagger UI.
window.onload = function () {
    window.ui = SwaggerUIBundle({
        url: "../api/openapi?format=JSON",
        dom_id: "#swagger-ui",
        deepLinking: true,
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: "StandaloneLayout"
    });
};
