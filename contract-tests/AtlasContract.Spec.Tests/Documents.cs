namespace AtlasContract.Spec.Tests;

/// <summary>Small documents several suites need.</summary>
internal static class Documents
{
    /// <summary>A schema that refers to itself (through an array) and to one other schema; one more is unused.</summary>
    public const string Cyclic = """
        openapi: 3.0.1
        info: { title: t, version: '1' }
        paths:
          /a:
            get:
              operationId: a
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Node' }
        components:
          schemas:
            Node:
              type: object
              properties:
                children: { type: array, items: { $ref: '#/components/schemas/Node' } }
                name: { type: string }
                other: { $ref: '#/components/schemas/Other' }
            Other: { type: string }
            Unused: { type: string }
        """;
}
