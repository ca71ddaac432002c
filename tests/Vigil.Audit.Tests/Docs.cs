namespace Vigil.Audit.Tests;

/// <summary>Documents shared by the check tests. <see cref="Secure"/> passes every check: each Detect case adds one flaw to it.</summary>
internal static class Docs
{
    public const string Secure = """
        openapi: 3.0.3
        info:
          title: Orders
          version: '1.0'
        servers:
          - url: https://api.example.com/v1
        security:
          - oauth: [orders]
        paths:
          /order-items/{orderItemId}:
            get:
              operationId: getOrderItem
              summary: One order item of the caller
              parameters:
                - name: orderItemId
                  in: path
                  required: true
                  schema: {type: string, format: uuid}
              responses:
                '200':
                  description: The item
                  headers:
                    RateLimit-Limit:
                      schema: {type: integer, minimum: 0, maximum: 10000}
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/OrderItem'}
                      example: {id: 3fa85f64-5717-4562-b3fc-2c963f66afa6, quantity: 2}
                '400': {description: Invalid id}
                '401': {description: Not signed in}
                '403': {description: Not yours}
                '429': {description: Too many requests}
          /order-items:
            post:
              operationId: createOrderItem
              summary: Add an item to the caller's order
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/OrderItemInput'}
                    example: {quantity: 1, note: no onions}
              responses:
                '201':
                  description: Created
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/OrderItem'}
                '400': {description: Invalid input}
                '401': {description: Not signed in}
                '403': {description: Not allowed}
                '429': {description: Too many requests}
        components:
          securitySchemes:
            oauth:
              type: oauth2
              flows:
                authorizationCode:
                  authorizationUrl: https://auth.example.com/authorize
                  tokenUrl: https://auth.example.com/token
                  scopes: {orders: Read and write orders}
          schemas:
            OrderItem:
              type: object
              properties:
                id: {type: string, format: uuid}
                quantity: {type: integer, minimum: 1, maximum: 100}
                tags:
                  type: array
                  maxItems: 10
                  items: {type: string, maxLength: 20}
            OrderItemInput:
              type: object
              additionalProperties: false
              properties:
                quantity: {type: integer, minimum: 1, maximum: 100}
                note: {type: string, maxLength: 200}
        """;
}
