using System.Text.Json.Nodes;

namespace AtlasContract.Codegen.Tests.Emit;

/// <summary>Small fragments in Atlas's shapes (our own, written for these tests): one GET operation each.</summary>
internal static class PagingFixtures
{
    public const string PageSize = """{"$ref":"#/components/parameters/itemsPerPage"}""";
    public const string PageNum = """{"$ref":"#/components/parameters/pageNum"}""";
    public const string IncludeCount = """{"$ref":"#/components/parameters/includeCount"}""";
    public const string Envelope = """{"$ref":"#/components/schemas/PaginatedWidgetView"}""";

    /// <summary>A fragment with <c>GET /api/atlas/v2/groups/{groupId}/widgets</c> (operationId listWidgets).</summary>
    public static JsonObject Fragment(string operationParameters, string responseSchema, string pathParameters = "[]", string mediaType = "application/vnd.atlas.2023-01-01+json") =>
        JsonNode.Parse("""
            {
              "openapi": "3.0.1",
              "paths": {
                "/api/atlas/v2/groups/{groupId}/widgets": {
                  "parameters": @pathParameters,
                  "get": {
                    "operationId": "listWidgets",
                    "parameters": [{"name":"groupId","in":"path","required":true,"schema":{"type":"string"}}, @operationParameters],
                    "responses": {
                      "200": {"description":"OK","content":{"@mediaType":{"schema":@responseSchema}}},
                      "401": {"$ref":"#/components/responses/unauthorized"}
                    }
                  }
                }
              },
              "components": {
                "parameters": {
                  "itemsPerPage": {"name":"itemsPerPage","in":"query","schema":{"type":"integer","default":50,"minimum":1,"maximum":200}},
                  "pageNum": {"name":"pageNum","in":"query","schema":{"type":"integer","default":1,"minimum":1}},
                  "includeCount": {"name":"includeCount","in":"query","schema":{"type":"boolean","default":true}}
                },
                "responses": {"unauthorized": {"description":"Unauthorized","content":{"application/json":{"schema":{"type":"object"}}}}},
                "schemas": {
                  "Widget": {"type":"object","properties":{"name":{"type":"string"}}},
                  "PaginatedWidgetView": {"type":"object","properties":{
                    "links":{"type":"array","items":{"type":"object"}},
                    "results":{"type":"array","items":{"$ref":"#/components/schemas/Widget"}},
                    "totalCount":{"type":"integer"}}},
                  "WidgetList": {"type":"object","properties":{"results":{"type":"array","items":{"$ref":"#/components/schemas/Widget"}}}},
                  "Paged": {"type":"object","properties":{"totalCount":{"type":"integer"}}}
                }
              }
            }
            """
            .Replace("@pathParameters", pathParameters, StringComparison.Ordinal)
            .Replace("@operationParameters", operationParameters, StringComparison.Ordinal)
            .Replace("@mediaType", mediaType, StringComparison.Ordinal)
            .Replace("@responseSchema", responseSchema, StringComparison.Ordinal))!.AsObject();
}
