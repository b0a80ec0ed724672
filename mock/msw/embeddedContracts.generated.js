// Generated from spec/openapi.yaml by `npm run generate` (mock/msw/codegen): do not edit.

/** The edition served when none is asked for. */
export const embeddedDefaultEdition = "camel";

/** The spec in each edition, validated and dereferenced, by the edition it speaks. */
export const embeddedContracts = {
 "camel": {
  "sourceSha256": "9ef995c8c153abff8e27896354c8b19f083b4f7597cb67ef08b2d9cb6c68c08f",
  "edition": "camel",
  "document": {
   "openapi": "3.1.0",
   "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
   "info": {
    "title": "Arize AX REST API v2 - AI integrations",
    "version": "2.0.0",
    "summary": "Contract of the AI integrations resource, with the partial-update rules made machine-readable.",
    "description": "An AI integration configures access to an external LLM provider. It is owned by an account and\ncarries visibility scopings (account-wide, one organization, or one space).\n\nThis document is the single source of truth of the project: the mock, the generators and the\nconformance kit are driven by it. Statements marked **Fact** come from Arize's published docs\nand generated clients; statements marked **Decision** are this project's own choices where the\npublic material is silent.\n\nThe update rules that JSON Schema cannot express are listed, machine-readable, in the\n`x-contract-rules` extension of the create and update operations (see `spec/RULES.md` for the\ngenerated table). Each rule names its contract clause, whether it is a fact or a decision, the\nfields it concerns and the status a violation gets.\n",
    "license": {
     "name": "MIT",
     "identifier": "MIT"
    }
   },
   "servers": [
    {
     "url": "http://127.0.0.1:4010",
     "description": "The project's local mock (aic mock)"
    }
   ],
   "security": [
    {
     "bearerAuth": []
    }
   ],
   "x-problem-types": {
    "base": "https://arize.com/docs/ax/rest-reference/errors#",
    "types": [
     {
      "status": 400,
      "slug": "invalid-request",
      "title": "Invalid request parameters"
     },
     {
      "status": 401,
      "slug": "authentication-required",
      "title": "Authentication required"
     },
     {
      "status": 403,
      "slug": "access-forbidden",
      "title": "Access forbidden"
     },
     {
      "status": 404,
      "slug": "resource-not-found",
      "title": "Resource not found"
     },
     {
      "status": 405,
      "slug": "method-not-allowed",
      "title": "Method not allowed",
      "origin": "decision"
     },
     {
      "status": 409,
      "slug": "resource-conflict",
      "title": "Resource conflict"
     },
     {
      "status": 413,
      "slug": "payload-too-large",
      "title": "Payload too large",
      "origin": "decision"
     },
     {
      "status": 415,
      "slug": "unsupported-media-type",
      "title": "Unsupported media type",
      "origin": "decision"
     },
     {
      "status": 422,
      "slug": "unprocessable-entity",
      "title": "Unprocessable Entity"
     },
     {
      "status": 429,
      "slug": "rate-limit-exceeded",
      "title": "Rate limit exceeded"
     }
    ]
   },
   "x-editions": {
    "default": "camel",
    "editions": {
     "camel": {
      "summary": "The seed's spelling (camelCase providers, lower-case auth types and metadata kinds); the project's default.",
      "operationIds": {
       "list": "ai_integrations_list",
       "create": "ai_integrations_create",
       "get": "ai_integrations_get",
       "update": "ai_integrations_update",
       "delete": "ai_integrations_delete"
      }
     },
     "upper": {
      "summary": "Arize's current spelling (upper snake case), the one @arizeai/ax-client 1.28 types.",
      "operationIds": {
       "list": "list_ai_integrations",
       "create": "create_ai_integration",
       "get": "get_ai_integration",
       "update": "update_ai_integration",
       "delete": "delete_ai_integration"
      },
      "spellings": {
       "provider": {
        "openAI": "OPEN_AI",
        "azureOpenAI": "AZURE_OPEN_AI",
        "awsBedrock": "AWS_BEDROCK",
        "vertexAI": "VERTEX_AI",
        "anthropic": "ANTHROPIC",
        "custom": "CUSTOM",
        "nvidiaNim": "NVIDIA_NIM",
        "gemini": "GEMINI"
       },
       "auth_type": {
        "default": "DEFAULT",
        "proxy_with_headers": "PROXY_WITH_HEADERS",
        "bearer_token": "BEARER_TOKEN"
       },
       "kind": {
        "aws": "AWS",
        "gcp": "GCP"
       }
      },
      "addResponses": {
       "list": {
        "404": {
         "description": "A scoped resource named by a filter (such as `space_id`) is missing or not visible to the caller.",
         "content": {
          "application/problem+json": {
           "schema": {
            "$ref": "#/components/schemas/Problem"
           }
          }
         }
        }
       }
      }
     }
    }
   },
   "tags": [
    {
     "name": "AI integrations",
     "description": "Configure access to external LLM providers."
    }
   ],
   "paths": {
    "/v2/ai-integrations": {
     "get": {
      "operationId": "ai_integrations_list",
      "summary": "List AI integrations",
      "description": "Lists the AI integrations of the caller's account, newest first, with cursor pagination.\n`pagination.next_cursor` is present exactly when `pagination.has_more` is true.\n",
      "tags": [
       "AI integrations"
      ],
      "x-contract-rules": [
       {
        "id": "list-pagination",
        "contract": "Operations, list",
        "kit": "Pages through each listing: every integration once, none that misses the filter, order not checked; a smaller largest page (a limit clamped) passes. Also across an account grown past the largest page (beyond-one-page).",
        "origin": "fact",
        "status": 200,
        "summary": "Pages are newest first and hold each integration once; next_cursor is present exactly when has_more is true.",
        "details": "`limit` is 1..100 (default 50): a value outside is 400 and changes nothing. The cursor is\nopaque: only a value the server returned in `pagination.next_cursor` continues a listing.\n"
       },
       {
        "id": "list-name-filter",
        "contract": "Operations, list",
        "kit": "As stated, with the name filter in the same, upper, lower case and as an inner part of a name; with names holding `%`, `_`, `\\`, `.*[ ]`, quotes or non-ASCII (filtered in upper case), and a filter at its maxLength, each beside decoys that only a pattern or an accent-folding collation would match; also for a name past the first page of the account.",
        "origin": "fact",
        "status": 200,
        "summary": "The name filter keeps the integrations whose name contains it, ignoring case."
       }
      ],
      "parameters": [
       {
        "$ref": "#/components/parameters/Limit"
       },
       {
        "$ref": "#/components/parameters/Cursor"
       },
       {
        "$ref": "#/components/parameters/NameFilter"
       },
       {
        "$ref": "#/components/parameters/SpaceIdFilter"
       },
       {
        "$ref": "#/components/parameters/SpaceNameFilter"
       }
      ],
      "responses": {
       "200": {
        "description": "A page of AI integrations.",
        "content": {
         "application/json": {
          "schema": {
           "$ref": "#/components/schemas/AiIntegrationList"
          },
          "examples": {
           "firstPage": {
            "summary": "A first page with more to come",
            "value": {
             "ai_integrations": [
              {
               "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
               "name": "Production OpenAI",
               "provider": "openAI",
               "has_api_key": true,
               "model_names": [
                "gpt-4o",
                "gpt-4o-mini"
               ],
               "enable_default_models": false,
               "function_calling_enabled": true,
               "auth_type": "default",
               "scopings": [
                {}
               ],
               "created_at": "2026-02-13T21:27:19.055Z",
               "updated_at": "2026-02-13T21:27:19.055Z",
               "created_by_user_id": "VXNlcjoxOm5OYkM="
              }
             ],
             "pagination": {
              "has_more": true,
              "next_cursor": "Y3Vyc29yOjEy"
             }
            }
           }
          }
         }
        }
       },
       "400": {
        "$ref": "#/components/responses/InvalidRequest"
       },
       "401": {
        "$ref": "#/components/responses/AuthenticationRequired"
       },
       "403": {
        "$ref": "#/components/responses/AccessForbidden"
       },
       "429": {
        "$ref": "#/components/responses/RateLimitExceeded"
       }
      }
     },
     "post": {
      "operationId": "ai_integrations_create",
      "summary": "Create an AI integration",
      "description": "Creates an AI integration in the caller's account. `name` and `provider` are required.\nDefaults (Fact): `enable_default_models: false`, `function_calling_enabled: true`,\n`auth_type: default`; omitted `scopings` mean account-wide. `api_key` is write-only.\n",
      "tags": [
       "AI integrations"
      ],
      "x-contract-rules": [
       {
        "id": "create-name-unique",
        "contract": "Operations, create",
        "kit": "A 409, and nothing listed under the name, also for a name past the first page of the account and for creates sent at the same moment (exactly one succeeds). Names that differ only in case are not checked.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 409,
        "problem": "resource-conflict",
        "fields": [
         "name"
        ],
        "summary": "The name must be unique within the account.",
        "details": "Decision: exact, case-sensitive comparison with the names of the other integrations of\nthe same account; the same name in another account is allowed.\n"
       },
       {
        "id": "create-provider-consistency",
        "contract": "Resource, provider_metadata",
        "kit": "A 422 for metadata omitted or of the other kind; a 400 or a 422 for `null`; nothing created.",
        "origin": "fact",
        "status": 422,
        "problem": "unprocessable-entity",
        "fields": [
         "provider",
         "provider_metadata"
        ],
        "summary": "awsBedrock needs AWS provider metadata, vertexAI needs GCP provider metadata.",
        "details": "Metadata omitted or of the other kind is 422. Metadata `null` is also refused, but the\ncreate body has no nullable field, so a server may answer it 400 (rule types-enforced)\nas the mock does, or 422: the conformance kit accepts either without --strict.\n",
        "params": {
         "requiredMetadataKind": {
          "awsBedrock": "aws",
          "vertexAI": "gcp"
         }
        }
       },
       {
        "id": "model-source-optional",
        "contract": "Operations, create (hint from the guides)",
        "kit": "Never creates such an integration; a PATCH that would leave one may get a 4xx that changes nothing.",
        "origin": "decision",
        "strict": true,
        "status": 201,
        "fields": [
         "provider",
         "enable_default_models",
         "model_names"
        ],
        "summary": "awsBedrock and vertexAI integrations are accepted without a model source.",
        "details": "A model source is `enable_default_models: true` or a non-empty `model_names`. Arize's\nguides say a server rejects awsBedrock without one; the public spec is silent. The mock\naccepts it. The conformance kit never creates such an integration, and without --strict\naccepts a 4xx that changes nothing for a PATCH that would leave one.\n",
        "params": {
         "providers": [
          "awsBedrock",
          "vertexAI"
         ]
        }
       },
       {
        "id": "create-defaults",
        "contract": "Operations, create",
        "kit": "As stated, in the 201 body and on GET; `[{}]` equals a scoping of nulls.",
        "origin": "fact",
        "status": 201,
        "fields": [
         "enable_default_models",
         "function_calling_enabled",
         "auth_type",
         "scopings"
        ],
        "summary": "Omitted optional fields take their documented defaults.",
        "params": {
         "defaults": {
          "enable_default_models": false,
          "function_calling_enabled": true,
          "auth_type": "default",
          "scopings": [
           {}
          ]
         }
        }
       },
       {
        "id": "create-api-key-write-only",
        "contract": "Operations, create",
        "kit": "As stated: has_api_key true, the key in no response (201, GET, list).",
        "origin": "fact",
        "status": 201,
        "fields": [
         "api_key"
        ],
        "summary": "A given api_key is stored (has_api_key true) and never returned."
       },
       {
        "id": "create-headers-size-limit",
        "contract": "Update rule 11",
        "kit": "Not checked: the kit never sends an oversized map on create.",
        "origin": "decision",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "headers"
        ],
        "summary": "The serialized headers map must not exceed 8,175 bytes.",
        "details": "Decision: the limit of update rule 11 applies to create as well, with the same 400.\n",
        "params": {
         "maxBytes": 8175
        }
       }
      ],
      "requestBody": {
       "required": true,
       "content": {
        "application/json": {
         "schema": {
          "$ref": "#/components/schemas/CreateAiIntegrationRequest"
         },
         "examples": {
          "openAI": {
           "summary": "An OpenAI integration with a key",
           "value": {
            "name": "Production OpenAI",
            "provider": "openAI",
            "api_key": "sk-example-not-a-real-key",
            "model_names": [
             "gpt-4o",
             "gpt-4o-mini"
            ]
           }
          },
          "awsBedrock": {
           "summary": "An AWS Bedrock integration assuming a role",
           "value": {
            "name": "Bedrock (us-east-1)",
            "provider": "awsBedrock",
            "provider_metadata": {
             "kind": "aws",
             "role_arn": "arn:aws:iam::123456789012:role/ArizeBedrock",
             "external_id": "arize-external-id"
            }
           }
          },
          "vertexAI": {
           "summary": "A Vertex AI integration scoped to one space",
           "value": {
            "name": "Vertex AI (europe-west4)",
            "provider": "vertexAI",
            "provider_metadata": {
             "kind": "gcp",
             "project_id": "my-gcp-project",
             "location": "europe-west4",
             "project_access_label": "ml-team"
            },
            "scopings": [
             {
              "organization_id": "T3JnYW5pemF0aW9uOjE6YUJjRA==",
              "space_id": "U3BhY2U6NzphQmNE"
             }
            ]
           }
          }
         }
        }
       }
      },
      "responses": {
       "201": {
        "description": "The created AI integration.",
        "content": {
         "application/json": {
          "schema": {
           "$ref": "#/components/schemas/AiIntegration"
          },
          "examples": {
           "created": {
            "$ref": "#/components/examples/AiIntegrationOpenAI"
           }
          }
         }
        }
       },
       "400": {
        "$ref": "#/components/responses/InvalidRequest"
       },
       "401": {
        "$ref": "#/components/responses/AuthenticationRequired"
       },
       "403": {
        "$ref": "#/components/responses/AccessForbidden"
       },
       "404": {
        "$ref": "#/components/responses/ResourceNotFound"
       },
       "409": {
        "$ref": "#/components/responses/ResourceConflict"
       },
       "413": {
        "$ref": "#/components/responses/PayloadTooLarge"
       },
       "415": {
        "$ref": "#/components/responses/UnsupportedMediaType"
       },
       "422": {
        "$ref": "#/components/responses/UnprocessableEntity"
       },
       "429": {
        "$ref": "#/components/responses/RateLimitExceeded"
       }
      }
     }
    },
    "/v2/ai-integrations/{integration_id}": {
     "parameters": [
      {
       "$ref": "#/components/parameters/IntegrationId"
      }
     ],
     "get": {
      "operationId": "ai_integrations_get",
      "summary": "Get an AI integration",
      "description": "Returns one AI integration of the caller's account. Decision: an id of another account is\n404, exactly like an id that does not exist.\n",
      "tags": [
       "AI integrations"
      ],
      "responses": {
       "200": {
        "description": "The AI integration.",
        "content": {
         "application/json": {
          "schema": {
           "$ref": "#/components/schemas/AiIntegration"
          },
          "examples": {
           "openAI": {
            "$ref": "#/components/examples/AiIntegrationOpenAI"
           }
          }
         }
        }
       },
       "400": {
        "$ref": "#/components/responses/InvalidRequest"
       },
       "401": {
        "$ref": "#/components/responses/AuthenticationRequired"
       },
       "404": {
        "$ref": "#/components/responses/ResourceNotFound"
       },
       "429": {
        "$ref": "#/components/responses/RateLimitExceeded"
       }
      }
     },
     "patch": {
      "operationId": "ai_integrations_update",
      "summary": "Update an AI integration",
      "description": "Partial update. Only the fields present in the body change; at least one updatable field\nmust be provided. The full rule set is in `x-contract-rules` (table: `spec/RULES.md`).\nThe 200 response is the whole updated integration; a GET right after returns the same.\n",
      "tags": [
       "AI integrations"
      ],
      "x-contract-rules": [
       {
        "id": "non-empty",
        "contract": "Update rule 1",
        "kit": "A 4xx (exactly 400 with --strict), and the integration unchanged: the status of an empty body is a decision.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "summary": "At least one updatable field must be provided; `{}` is invalid.",
        "details": "Decision: a body holding only unknown properties is also 400 invalid-request.\n"
       },
       {
        "id": "omitted-unchanged",
        "contract": "Update rule 2",
        "kit": "As stated, by meaning (absent equals null, lists as sets, extra members ignored); also for PATCHes of disjoint fields sent at the same moment (no update lost, in some order).",
        "origin": "fact",
        "status": 200,
        "summary": "Fields omitted from the body are left unchanged."
       },
       {
        "id": "name-unique",
        "contract": "Update rule 3",
        "kit": "A 409 and both integrations unchanged, also onto a name past the first page of the account; of renames and creates onto one name sent at the same moment exactly one succeeds. Names that differ only in case are not checked.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 409,
        "problem": "resource-conflict",
        "fields": [
         "name"
        ],
        "summary": "A provided name must be unique within the account.",
        "details": "Decision: 409 when another integration of the same account has exactly that name\n(case-sensitive); renaming an integration to its own current name succeeds; the same\nname in another account succeeds.\n"
       },
       {
        "id": "api-key",
        "contract": "Update rule 4",
        "kit": "As stated; no response holds a key sent, nor the caller's credential.",
        "origin": "fact",
        "status": 200,
        "fields": [
         "api_key"
        ],
        "summary": "A string sets the key (has_api_key true), null removes it (has_api_key false), omitted keeps it.",
        "details": "The key is never returned: in no response, list, error or log line.\n"
       },
       {
        "id": "null-clears",
        "contract": "Update rule 5",
        "kit": "Absent and null both count as cleared. provider_metadata is cleared only where the target accepts metadata on a provider that needs none.",
        "origin": "fact",
        "status": 200,
        "fields": [
         "base_url",
         "headers",
         "provider_metadata"
        ],
        "summary": "base_url, headers and provider_metadata set to null are removed.",
        "details": "Responses then show them absent or null; the two are equal when comparing.\n"
       },
       {
        "id": "replace-all",
        "contract": "Update rule 6",
        "kit": "As stated, lists compared as sets; scopings use only the ids given with --organization-id and --space-id (account-wide otherwise).",
        "origin": "fact",
        "status": 200,
        "fields": [
         "model_names",
         "scopings",
         "provider_metadata"
        ],
        "summary": "model_names, scopings and provider_metadata replace the stored value wholesale (no merge).",
        "details": "An empty list is valid (the schemas set no minimum) and replaces the list with an empty\none: `scopings: []` leaves an integration with no visibility rule, listed without a space\nfilter and under no space's.\n"
       },
       {
        "id": "headers-replace",
        "contract": "Update rule 6",
        "kit": "Not checked: every header sent must be in the result, so a merge passes.",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "headers"
        ],
        "summary": "headers replaces the whole stored map (no merge).",
        "details": "The public text does not say; the conformance kit checks it only in strict mode.\n"
       },
       {
        "id": "empty-scopings-stored",
        "contract": "Update rule 6",
        "kit": "Not checked: `scopings: []` may come back as `[]` or as one account-wide scoping (the two compare equal).",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "scopings"
        ],
        "summary": "`scopings: []` stores an empty list, shown as `[]`.",
        "details": "The public text does not say whether an empty list is stored as sent or read as\naccount-wide; a server that answers one account-wide scoping (the create default) is\nalso faithful. The conformance kit tells the two apart only in strict mode.\n"
       },
       {
        "id": "provider-change",
        "contract": "Update rule 9",
        "kit": "A PATCH that changes the provider may get a 4xx that changes nothing.",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "provider"
        ],
        "summary": "provider may change on PATCH, subject to provider-consistency.",
        "details": "`provider` is in the PATCH body of the public spec, but one of Arize's guides says it\ncannot change after creation. The mock lets it change; without --strict the conformance\nkit accepts a 4xx that changes nothing for a PATCH that changes the provider.\n"
       },
       {
        "id": "metadata-on-any-provider",
        "contract": "Resource, provider_metadata",
        "kit": "A create of one may be refused (null-clears then notes provider_metadata as not checked); a PATCH that would leave one may get a 4xx that changes nothing.",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "provider",
         "provider_metadata"
        ],
        "summary": "Providers that need no particular metadata accept any provider_metadata, or none.",
        "details": "The public text is silent. The mock stores it. The conformance kit creates such an\nintegration only to check that null clears its metadata (and notes it when the target\nrefuses), and without --strict accepts a 4xx that changes nothing for a PATCH that would\nleave one.\n"
       },
       {
        "id": "types-enforced",
        "contract": "Update rule 7",
        "kit": "A 4xx (exactly 400 with --strict), and nothing changed.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "summary": "Types and enums are enforced; null on a non-nullable field is 400.",
        "details": "The public text says 400 for a wrong type and for null on a non-nullable field; for an\nunknown enum value or a nested structure broken inside (metadata without a member its\nkind requires) a faithful server may answer 400 or 422, so the conformance kit accepts\nany 4xx that changes nothing without --strict.\n",
        "params": {
         "notNullable": [
          "name",
          "provider",
          "model_names",
          "enable_default_models",
          "function_calling_enabled",
          "auth_type",
          "scopings"
         ]
        }
       },
       {
        "id": "unknown-properties-rejected",
        "contract": "Update rule 12",
        "kit": "A 4xx that changes nothing, or a 200 that ignored the unknown properties and did exactly what the rest says.",
        "origin": "decision",
        "strict": true,
        "status": 400,
        "problem": "invalid-request",
        "summary": "Unknown body properties are 400 in the mock; the kit does not require this of a target.",
        "details": "This covers unknown properties inside scopings and provider_metadata too.\n"
       },
       {
        "id": "non-empty-strings",
        "contract": "Update rule 7",
        "kit": "A 4xx that changes nothing, or a 200 that stored the empty string as sent.",
        "origin": "decision",
        "strict": true,
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "name",
         "api_key",
         "scopings",
         "provider_metadata"
        ],
        "summary": "Strings the spec gives a minimum length (name, api_key, ids and metadata values) must not be empty.",
        "details": "The public text does not say; the conformance kit checks it only in strict mode.\n"
       },
       {
        "id": "atomic",
        "contract": "Update rule 8",
        "kit": "As stated: every rejection the kit meets is followed by a GET that must show the integration as it was.",
        "origin": "decision",
        "status": 400,
        "details": "Any 4xx: 400, 404, 409, 413 and 422 alike leave the integration as it was.\n",
        "summary": "A rejected PATCH (any 4xx) changes nothing, not even part of the body."
       },
       {
        "id": "provider-consistency",
        "contract": "Update rule 9",
        "kit": "A 422 and the integration unchanged; any 4xx where the same PATCH also changes the provider or leaves no model source.",
        "origin": "fact",
        "status": 422,
        "problem": "unprocessable-entity",
        "fields": [
         "provider",
         "provider_metadata"
        ],
        "summary": "On the state after the patch, awsBedrock needs AWS metadata and vertexAI needs GCP metadata.",
        "details": "So `provider_metadata: null` on an awsBedrock integration is a 422.\n",
        "params": {
         "requiredMetadataKind": {
          "awsBedrock": "aws",
          "vertexAI": "gcp"
         }
        }
       },
       {
        "id": "immutable-fields",
        "contract": "Update rule 10",
        "kit": "As stated; created_at compared as an instant.",
        "origin": "decision",
        "status": 200,
        "fields": [
         "id",
         "created_at",
         "created_by_user_id"
        ],
        "summary": "id, created_at and created_by_user_id never change."
       },
       {
        "id": "updated-at-advances",
        "contract": "Update rule 10",
        "kit": "Never before created_at and never back, compared as instants; strictly later on every PATCH only with --strict.",
        "origin": "decision",
        "status": 200,
        "fields": [
         "updated_at"
        ],
        "summary": "updated_at moves forward on every successful PATCH and is never before created_at."
       },
       {
        "id": "headers-size-limit",
        "contract": "Update rule 11",
        "kit": "A 4xx (exactly 400 with --strict), and nothing changed.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "headers"
        ],
        "summary": "The serialized headers map must not exceed 8,175 bytes.",
        "details": "Fact from later spec text; Decision: the status is 400. Size is the UTF-8 byte length\nof the map serialized as JSON.\n",
        "params": {
         "maxBytes": 8175
        }
       },
       {
        "id": "malformed-body",
        "contract": "Update rule 12",
        "kit": "A 4xx (exactly 400 with --strict), and nothing changed.",
        "origin": "fact",
        "status": 400,
        "problem": "invalid-request",
        "summary": "A body that is not JSON, or is JSON but not an object, is 400.",
        "details": "Decision: a body whose Content-Type is not JSON (or is missing) is 415\nunsupported-media-type instead, and is not read; the conformance kit always sends\n`application/json`.\n"
       },
       {
        "id": "malformed-id",
        "contract": "Update rule 12",
        "kit": "A 400 on get, patch and delete, only for ids that fail the Base64Id pattern.",
        "origin": "fact",
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "id"
        ],
        "summary": "An integration id of an invalid format is 400.",
        "details": "The format is the Base64Id pattern. Decision: the mock also treats as malformed an id\nthat is not the canonical base64 of `LlmIntegration:<n>:<4 alphanumeric>`, as such an\nid can name no integration; the conformance kit only counts pattern failures as malformed.\n"
       },
       {
        "id": "not-found",
        "contract": "Update rule 12",
        "kit": "A 404 for a deleted id; for another account's id a 404, or a 403 where the operation declares it (patch, delete: the resource exists but the action is not allowed), and nothing changed; exactly 404 with --strict.",
        "origin": "decision",
        "statusOrigin": "decision",
        "strict": true,
        "status": 404,
        "problem": "resource-not-found",
        "summary": "A well-formed id that does not exist, or belongs to another account, is 404.",
        "details": "The API deliberately does not tell the two apart.\n"
       },
       {
        "id": "read-back",
        "contract": "Update rule 13",
        "kit": "The GET equals the 200 body by meaning (exact JSON with --strict). Awkward text (non-ASCII, lone surrogates, control characters, LIKE and regex characters, long values) that a create or PATCH accepted comes back with every character and map entry, surrounding whitespace and Unicode normalisation tolerated; a 4xx that changes nothing is accepted too.",
        "origin": "fact",
        "status": 200,
        "summary": "The 200 body is the whole updated integration, and a GET right after returns the same."
       }
      ],
      "requestBody": {
       "required": true,
       "content": {
        "application/json": {
         "schema": {
          "$ref": "#/components/schemas/UpdateAiIntegrationRequest"
         },
         "examples": {
          "renameAndModels": {
           "summary": "The documented valid update",
           "value": {
            "name": "Updated Integration",
            "model_names": [
             "gpt-4o",
             "gpt-4o-mini"
            ]
           }
          },
          "removeKeyAndBaseUrl": {
           "summary": "null removes the key and clears base_url",
           "value": {
            "api_key": null,
            "base_url": null
           }
          },
          "switchToBedrock": {
           "summary": "Change provider together with its metadata",
           "value": {
            "provider": "awsBedrock",
            "provider_metadata": {
             "kind": "aws",
             "role_arn": "arn:aws:iam::123456789012:role/ArizeBedrock"
            }
           }
          }
         },
         "x-invalid-examples": {
          "empty": {
           "summary": "The documented invalid update (no field provided)",
           "value": {},
           "rule": "non-empty",
           "status": 400
          },
          "nullName": {
           "summary": "null on a non-nullable field",
           "value": {
            "name": null
           },
           "rule": "types-enforced",
           "status": 400
          }
         }
        }
       }
      },
      "responses": {
       "200": {
        "description": "The whole updated AI integration.",
        "content": {
         "application/json": {
          "schema": {
           "$ref": "#/components/schemas/AiIntegration"
          },
          "examples": {
           "updated": {
            "summary": "After the documented valid update",
            "value": {
             "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "name": "Updated Integration",
             "provider": "openAI",
             "has_api_key": true,
             "model_names": [
              "gpt-4o",
              "gpt-4o-mini"
             ],
             "enable_default_models": false,
             "function_calling_enabled": true,
             "auth_type": "default",
             "scopings": [
              {}
             ],
             "created_at": "2026-02-13T21:27:19.055Z",
             "updated_at": "2026-02-14T08:02:45.310Z",
             "created_by_user_id": "VXNlcjoxOm5OYkM="
            }
           }
          }
         }
        }
       },
       "400": {
        "$ref": "#/components/responses/InvalidRequest"
       },
       "401": {
        "$ref": "#/components/responses/AuthenticationRequired"
       },
       "403": {
        "$ref": "#/components/responses/AccessForbidden"
       },
       "404": {
        "$ref": "#/components/responses/ResourceNotFound"
       },
       "409": {
        "$ref": "#/components/responses/ResourceConflict"
       },
       "413": {
        "$ref": "#/components/responses/PayloadTooLarge"
       },
       "415": {
        "$ref": "#/components/responses/UnsupportedMediaType"
       },
       "422": {
        "$ref": "#/components/responses/UnprocessableEntity"
       },
       "429": {
        "$ref": "#/components/responses/RateLimitExceeded"
       }
      }
     },
     "delete": {
      "operationId": "ai_integrations_delete",
      "summary": "Delete an AI integration",
      "description": "Deletes one AI integration of the caller's account.",
      "tags": [
       "AI integrations"
      ],
      "responses": {
       "204": {
        "description": "Deleted; no body."
       },
       "400": {
        "$ref": "#/components/responses/InvalidRequest"
       },
       "401": {
        "$ref": "#/components/responses/AuthenticationRequired"
       },
       "403": {
        "$ref": "#/components/responses/AccessForbidden"
       },
       "404": {
        "$ref": "#/components/responses/ResourceNotFound"
       },
       "429": {
        "$ref": "#/components/responses/RateLimitExceeded"
       }
      }
     }
    }
   },
   "components": {
    "securitySchemes": {
     "bearerAuth": {
      "type": "http",
      "scheme": "bearer",
      "description": "`Authorization: Bearer <api key>`. A missing credential, or an Authorization header without\nthe `Bearer ` prefix, is 401.\n"
     }
    },
    "parameters": {
     "IntegrationId": {
      "name": "integration_id",
      "in": "path",
      "required": true,
      "description": "Opaque base64 id of the integration. Fact: an invalid id format is 400. Decision: a\nwell-formed id that does not exist, or belongs to another account, is 404.\n",
      "schema": {
       "$ref": "#/components/schemas/Base64Id"
      },
      "example": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
     },
     "Limit": {
      "name": "limit",
      "in": "query",
      "required": false,
      "description": "Page size.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 100,
       "default": 50
      }
     },
     "Cursor": {
      "name": "cursor",
      "in": "query",
      "required": false,
      "description": "Opaque cursor taken from `pagination.next_cursor` of the previous page.",
      "schema": {
       "type": "string",
       "minLength": 1
      }
     },
     "NameFilter": {
      "name": "name",
      "in": "query",
      "required": false,
      "description": "Case-insensitive substring of the integration name. Decision: at most 255 characters\n(no public source; the conformance kit never sends a longer one).\n",
      "schema": {
       "type": "string",
       "maxLength": 255
      }
     },
     "SpaceIdFilter": {
      "name": "space_id",
      "in": "query",
      "required": false,
      "description": "Only integrations visible in this space.",
      "schema": {
       "type": "string",
       "minLength": 1
      }
     },
     "SpaceNameFilter": {
      "name": "space_name",
      "in": "query",
      "required": false,
      "description": "Only integrations visible in the space of this name.",
      "schema": {
       "type": "string",
       "minLength": 1
      }
     }
    },
    "schemas": {
     "Base64Id": {
      "type": "string",
      "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
      "minLength": 4,
      "maxLength": 512,
      "pattern": "^[A-Za-z0-9+/]+={0,2}$",
      "examples": [
       "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
      ]
     },
     "Timestamp": {
      "type": "string",
      "format": "date-time",
      "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
      "examples": [
       "2026-02-13T21:27:19.055Z"
      ]
     },
     "Provider": {
      "type": "string",
      "description": "The external LLM provider.",
      "enum": [
       "openAI",
       "azureOpenAI",
       "awsBedrock",
       "vertexAI",
       "anthropic",
       "custom",
       "nvidiaNim",
       "gemini"
      ]
     },
     "AuthType": {
      "type": "string",
      "description": "How requests to the provider are authenticated.",
      "enum": [
       "default",
       "proxy_with_headers",
       "bearer_token"
      ]
     },
     "Scoping": {
      "type": "object",
      "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
      "properties": {
       "organization_id": {
        "type": [
         "string",
         "null"
        ],
        "minLength": 1,
        "description": "Base64 id of the organization; null means account-wide."
       },
       "space_id": {
        "type": [
         "string",
         "null"
        ],
        "minLength": 1,
        "description": "Base64 id of the space; null means organization-wide."
       }
      }
     },
     "AwsProviderMetadata": {
      "type": "object",
      "description": "AWS metadata, required for awsBedrock.",
      "required": [
       "kind",
       "role_arn"
      ],
      "properties": {
       "kind": {
        "type": "string",
        "const": "aws"
       },
       "role_arn": {
        "type": "string",
        "minLength": 1,
        "description": "ARN of the IAM role to assume."
       },
       "external_id": {
        "type": [
         "string",
         "null"
        ],
        "description": "External id for the role trust policy."
       }
      }
     },
     "GcpProviderMetadata": {
      "type": "object",
      "description": "GCP metadata, required for vertexAI.",
      "required": [
       "kind",
       "project_id",
       "location",
       "project_access_label"
      ],
      "properties": {
       "kind": {
        "type": "string",
        "const": "gcp"
       },
       "project_id": {
        "type": "string",
        "minLength": 1
       },
       "location": {
        "type": "string",
        "minLength": 1
       },
       "project_access_label": {
        "type": "string",
        "minLength": 1
       }
      }
     },
     "ProviderMetadata": {
      "type": "object",
      "description": "Provider-specific metadata, discriminated by `kind`.",
      "oneOf": [
       {
        "$ref": "#/components/schemas/AwsProviderMetadata"
       },
       {
        "$ref": "#/components/schemas/GcpProviderMetadata"
       }
      ],
      "discriminator": {
       "propertyName": "kind",
       "mapping": {
        "aws": "#/components/schemas/AwsProviderMetadata",
        "gcp": "#/components/schemas/GcpProviderMetadata"
       }
      }
     },
     "ScopingInput": {
      "type": "object",
      "description": "A Scoping in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected).\n",
      "allOf": [
       {
        "$ref": "#/components/schemas/Scoping"
       }
      ],
      "unevaluatedProperties": false
     },
     "ProviderMetadataInput": {
      "type": "object",
      "description": "ProviderMetadata in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected); the properties of the branch `kind` selects are the known ones.\nEach branch closes itself. Not `unevaluatedProperties: false` beside this oneOf: there Ajv 8\nrecords the evaluated properties in a plain object, so a key named like a member of\nObject.prototype (constructor, toString, __proto__, ...) counts as evaluated and gets through\n(the family of ajv-validator/ajv#2664).\n",
      "oneOf": [
       {
        "$ref": "#/components/schemas/AwsProviderMetadataInput"
       },
       {
        "$ref": "#/components/schemas/GcpProviderMetadataInput"
       }
      ],
      "discriminator": {
       "propertyName": "kind",
       "mapping": {
        "aws": "#/components/schemas/AwsProviderMetadataInput",
        "gcp": "#/components/schemas/GcpProviderMetadataInput"
       }
      }
     },
     "AwsProviderMetadataInput": {
      "type": "object",
      "description": "AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
      "allOf": [
       {
        "$ref": "#/components/schemas/AwsProviderMetadata"
       }
      ],
      "unevaluatedProperties": false
     },
     "GcpProviderMetadataInput": {
      "type": "object",
      "description": "GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
      "allOf": [
       {
        "$ref": "#/components/schemas/GcpProviderMetadata"
       }
      ],
      "unevaluatedProperties": false
     },
     "ProviderHeaders": {
      "type": "object",
      "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
      "additionalProperties": {
       "type": "string"
      }
     },
     "AiIntegration": {
      "type": "object",
      "description": "An AI integration. The api key itself is never returned, only `has_api_key`.",
      "required": [
       "id",
       "name",
       "provider",
       "has_api_key",
       "enable_default_models",
       "function_calling_enabled",
       "auth_type",
       "scopings",
       "created_at",
       "updated_at",
       "created_by_user_id"
      ],
      "properties": {
       "id": {
        "$ref": "#/components/schemas/Base64Id"
       },
       "name": {
        "type": "string",
        "minLength": 1,
        "description": "Unique within the account."
       },
       "provider": {
        "$ref": "#/components/schemas/Provider"
       },
       "has_api_key": {
        "type": "boolean",
        "description": "Whether a key is stored."
       },
       "base_url": {
        "type": [
         "string",
         "null"
        ],
        "description": "Custom base URL."
       },
       "model_names": {
        "type": [
         "array",
         "null"
        ],
        "items": {
         "type": "string"
        },
        "description": "Supported model names."
       },
       "headers": {
        "oneOf": [
         {
          "$ref": "#/components/schemas/ProviderHeaders"
         },
         {
          "type": "null"
         }
        ]
       },
       "enable_default_models": {
        "type": "boolean"
       },
       "function_calling_enabled": {
        "type": "boolean"
       },
       "auth_type": {
        "$ref": "#/components/schemas/AuthType"
       },
       "provider_metadata": {
        "oneOf": [
         {
          "$ref": "#/components/schemas/ProviderMetadata"
         },
         {
          "type": "null"
         }
        ]
       },
       "scopings": {
        "type": "array",
        "items": {
         "$ref": "#/components/schemas/Scoping"
        }
       },
       "created_at": {
        "$ref": "#/components/schemas/Timestamp"
       },
       "updated_at": {
        "$ref": "#/components/schemas/Timestamp"
       },
       "created_by_user_id": {
        "$ref": "#/components/schemas/Base64Id"
       }
      }
     },
     "PaginationMetadata": {
      "type": "object",
      "required": [
       "has_more"
      ],
      "description": "`next_cursor` is present exactly when `has_more` is true.",
      "if": {
       "properties": {
        "has_more": {
         "const": true
        }
       }
      },
      "then": {
       "properties": {
        "next_cursor": true
       },
       "required": [
        "next_cursor"
       ]
      },
      "else": {
       "properties": {
        "next_cursor": false
       }
      },
      "properties": {
       "has_more": {
        "type": "boolean"
       },
       "next_cursor": {
        "type": "string",
        "minLength": 1,
        "description": "Present exactly when has_more is true."
       }
      }
     },
     "AiIntegrationList": {
      "type": "object",
      "required": [
       "ai_integrations",
       "pagination"
      ],
      "properties": {
       "ai_integrations": {
        "type": "array",
        "items": {
         "$ref": "#/components/schemas/AiIntegration"
        }
       },
       "pagination": {
        "$ref": "#/components/schemas/PaginationMetadata"
       }
      }
     },
     "CreateAiIntegrationRequest": {
      "type": "object",
      "description": "`name` and `provider` are required. Defaults: enable_default_models false,\nfunction_calling_enabled true, auth_type default, scopings account-wide.\nFact: no field of the create body is nullable (a null is 400, rule types-enforced).\nDecision: unknown properties are rejected (`additionalProperties: false`, rule\nunknown-properties-rejected) and strings are non-empty (`minLength`, rule\nnon-empty-strings); the conformance kit checks both only with --strict.\n",
      "additionalProperties": false,
      "required": [
       "name",
       "provider"
      ],
      "properties": {
       "name": {
        "type": "string",
        "minLength": 1
       },
       "provider": {
        "$ref": "#/components/schemas/Provider"
       },
       "api_key": {
        "type": "string",
        "minLength": 1,
        "writeOnly": true,
        "description": "Stored, never returned."
       },
       "base_url": {
        "type": "string"
       },
       "model_names": {
        "type": "array",
        "items": {
         "type": "string"
        }
       },
       "headers": {
        "$ref": "#/components/schemas/ProviderHeaders"
       },
       "enable_default_models": {
        "type": "boolean"
       },
       "function_calling_enabled": {
        "type": "boolean"
       },
       "auth_type": {
        "$ref": "#/components/schemas/AuthType"
       },
       "provider_metadata": {
        "$ref": "#/components/schemas/ProviderMetadataInput"
       },
       "scopings": {
        "type": "array",
        "items": {
         "$ref": "#/components/schemas/ScopingInput"
        }
       }
      }
     },
     "UpdateAiIntegrationRequest": {
      "type": "object",
      "description": "Every field is optional, but at least one must be provided (rule non-empty). Only api_key,\nbase_url, headers and provider_metadata are nullable; null removes them. Decision: unknown\nproperties are rejected.\n",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
       "name": {
        "type": "string",
        "minLength": 1,
        "description": "Must be unique within the account (rule name-unique)."
       },
       "provider": {
        "$ref": "#/components/schemas/Provider"
       },
       "api_key": {
        "type": [
         "string",
         "null"
        ],
        "minLength": 1,
        "writeOnly": true,
        "description": "A string sets the key, null removes it, omitted keeps it. Never returned."
       },
       "base_url": {
        "type": [
         "string",
         "null"
        ],
        "description": "null clears it."
       },
       "model_names": {
        "type": "array",
        "items": {
         "type": "string"
        },
        "description": "Replaces the whole list."
       },
       "headers": {
        "description": "Replaces the whole map (Decision); null clears it.",
        "oneOf": [
         {
          "$ref": "#/components/schemas/ProviderHeaders"
         },
         {
          "type": "null"
         }
        ]
       },
       "enable_default_models": {
        "type": "boolean"
       },
       "function_calling_enabled": {
        "type": "boolean"
       },
       "auth_type": {
        "$ref": "#/components/schemas/AuthType"
       },
       "provider_metadata": {
        "description": "Replaces the stored object (no deep merge); null clears it.",
        "oneOf": [
         {
          "$ref": "#/components/schemas/ProviderMetadataInput"
         },
         {
          "type": "null"
         }
        ]
       },
       "scopings": {
        "type": "array",
        "items": {
         "$ref": "#/components/schemas/ScopingInput"
        },
        "description": "Replaces all rules."
       }
      }
     },
     "ValidationIssue": {
      "type": "object",
      "description": "One offending field of a rejected request (Decision, a problem+json extension).",
      "required": [
       "pointer",
       "message"
      ],
      "properties": {
       "pointer": {
        "type": "string",
        "description": "JSON pointer into the request (body, query or path)."
       },
       "message": {
        "type": "string"
       }
      }
     },
     "Problem": {
      "type": "object",
      "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
      "required": [
       "title",
       "status"
      ],
      "properties": {
       "type": {
        "type": "string",
        "format": "uri-reference",
        "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
       },
       "title": {
        "type": "string"
       },
       "status": {
        "type": "integer",
        "minimum": 400,
        "maximum": 599
       },
       "detail": {
        "type": "string"
       },
       "instance": {
        "type": "string"
       },
       "errors": {
        "type": "array",
        "description": "Decision, extension member. The offending fields of a validation error.",
        "items": {
         "$ref": "#/components/schemas/ValidationIssue"
        }
       }
      }
     }
    },
    "headers": {
     "RetryAfter": {
      "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
      "required": false,
      "schema": {
       "type": "string",
       "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
      }
     }
    },
    "examples": {
     "AiIntegrationOpenAI": {
      "summary": "An OpenAI integration with a key and two models",
      "value": {
       "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
       "name": "Production OpenAI",
       "provider": "openAI",
       "has_api_key": true,
       "model_names": [
        "gpt-4o",
        "gpt-4o-mini"
       ],
       "enable_default_models": false,
       "function_calling_enabled": true,
       "auth_type": "default",
       "scopings": [
        {}
       ],
       "created_at": "2026-02-13T21:27:19.055Z",
       "updated_at": "2026-02-13T21:27:19.055Z",
       "created_by_user_id": "VXNlcjoxOm5OYkM="
      }
     }
    },
    "responses": {
     "InvalidRequest": {
      "description": "Invalid request parameters (malformed JSON, wrong type, invalid id format, empty update).",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "emptyUpdate": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
           "title": "Invalid request parameters",
           "status": 400,
           "detail": "At least one updatable field must be provided.",
           "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
           "errors": [
            {
             "pointer": "/body",
             "message": "must have at least one property"
            }
           ]
          }
         }
        }
       }
      }
     },
     "AuthenticationRequired": {
      "description": "A missing credential, or an Authorization header without the Bearer prefix.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "missing": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#authentication-required",
           "title": "Authentication required",
           "status": 401,
           "detail": "Send the header \"Authorization: Bearer <api key>\""
          }
         }
        }
       }
      }
     },
     "AccessForbidden": {
      "description": "The resource exists but the action is not allowed.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "readOnly": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#access-forbidden",
           "title": "Access forbidden",
           "status": 403,
           "detail": "This API key is read-only"
          }
         }
        }
       }
      }
     },
     "ResourceNotFound": {
      "description": "The integration does not exist or belongs to another account.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "unknownId": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#resource-not-found",
           "title": "Resource not found",
           "status": 404,
           "detail": "No AI integration with id TGxtSW50ZWdyYXRpb246OTk6WnpaeA==.",
           "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246OTk6WnpaeA=="
          }
         }
        }
       }
      }
     },
     "ResourceConflict": {
      "description": "Another integration of the account already has this name.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "nameTaken": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#resource-conflict",
           "title": "Resource conflict",
           "status": 409,
           "detail": "An AI integration named \"Production OpenAI\" already exists in this account."
          }
         }
        }
       }
      }
     },
     "PayloadTooLarge": {
      "description": "Decision. The request body is larger than the server accepts.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "tooLarge": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#payload-too-large",
           "title": "Payload too large",
           "status": 413,
           "detail": "The request body exceeds 1048576 bytes."
          }
         }
        }
       }
      }
     },
     "UnsupportedMediaType": {
      "description": "Decision (the public text is silent; a server may answer 400). The body is not sent as\nJSON: its Content-Type is neither `application/json` nor `application/*+json` (or is\nmissing), or names a charset or Content-Encoding the server does not read. The body is not\nread.\n",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "textPlain": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#unsupported-media-type",
           "title": "Unsupported media type",
           "status": 415,
           "detail": "Content-Type text/plain is not JSON: send the body as application/json."
          }
         }
        }
       }
      }
     },
     "UnprocessableEntity": {
      "description": "The request is well-formed but inconsistent (provider and provider_metadata).",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "missingMetadata": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#unprocessable-entity",
           "title": "Unprocessable Entity",
           "status": 422,
           "detail": "Provider awsBedrock requires provider_metadata of kind aws."
          }
         }
        }
       }
      }
     },
     "RateLimitExceeded": {
      "description": "Too many requests. Retry after the number of seconds in Retry-After, when it is sent.",
      "headers": {
       "Retry-After": {
        "$ref": "#/components/headers/RetryAfter"
       }
      },
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "tooMany": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded",
           "title": "Rate limit exceeded",
           "status": 429,
           "detail": "Retry after 1 second."
          }
         }
        }
       }
      }
     }
    }
   },
   "x-edition": "camel"
  },
  "dereferenced": {
   "openapi": "3.1.0",
   "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
   "info": {
    "title": "Arize AX REST API v2 - AI integrations",
    "version": "2.0.0",
    "summary": "Contract of the AI integrations resource, with the partial-update rules made machine-readable.",
    "description": "An AI integration configures access to an external LLM provider. It is owned by an account and\ncarries visibility scopings (account-wide, one organization, or one space).\n\nThis document is the single source of truth of the project: the mock, the generators and the\nconformance kit are driven by it. Statements marked **Fact** come from Arize's published docs\nand generated clients; statements marked **Decision** are this project's own choices where the\npublic material is silent.\n\nThe update rules that JSON Schema cannot express are listed, machine-readable, in the\n`x-contract-rules` extension of the create and update operations (see `spec/RULES.md` for the\ngenerated table). Each rule names its contract clause, whether it is a fact or a decision, the\nfields it concerns and the status a violation gets.\n",
    "license": {
     "name": "MIT",
     "identifier": "MIT"
    }
   },
   "servers": [
    {
     "url": "http://127.0.0.1:4010",
     "description": "The project's local mock (aic mock)"
    }
   ],
   "security": [
    {
     "bearerAuth": []
    }
   ],
   "x-problem-types": {
    "base": "https://arize.com/docs/ax/rest-reference/errors#",
    "types": [
     {
      "status": 400,
      "slug": "invalid-request",
      "title": "Invalid request parameters"
     },
     {
      "status": 401,
      "slug": "authentication-required",
      "title": "Authentication required"
     },
     {
      "status": 403,
      "slug": "access-forbidden",
      "title": "Access forbidden"
     },
     {
      "status": 404,
      "slug": "resource-not-found",
      "title": "Resource not found"
     },
     {
      "status": 405,
      "slug": "method-not-allowed",
      "title": "Method not allowed",
      "origin": "decision"
     },
     {
      "status": 409,
      "slug": "resource-conflict",
      "title": "Resource conflict"
     },
     {
      "status": 413,
      "slug": "payload-too-large",
      "title": "Payload too large",
      "origin": "decision"
     },
     {
      "status": 415,
      "slug": "unsupported-media-type",
      "title": "Unsupported media type",
      "origin": "decision"
     },
     {
      "status": 422,
      "slug": "unprocessable-entity",
      "title": "Unprocessable Entity"
     },
     {
      "status": 429,
      "slug": "rate-limit-exceeded",
      "title": "Rate limit exceeded"
     }
    ]
   },
   "x-editions": {
    "default": "camel",
    "editions": {
     "camel": {
      "summary": "The seed's spelling (camelCase providers, lower-case auth types and metadata kinds); the project's default.",
      "operationIds": {
       "list": "ai_integrations_list",
       "create": "ai_integrations_create",
       "get": "ai_integrations_get",
       "update": "ai_integrations_update",
       "delete": "ai_integrations_delete"
      }
     },
     "upper": {
      "summary": "Arize's current spelling (upper snake case), the one @arizeai/ax-client 1.28 types.",
      "operationIds": {
       "list": "list_ai_integrations",
       "create": "create_ai_integration",
       "get": "get_ai_integration",
       "update": "update_ai_integration",
       "delete": "delete_ai_integration"
      },
      "spellings": {
       "provider": {
        "openAI": "OPEN_AI",
        "azureOpenAI": "AZURE_OPEN_AI",
        "awsBedrock": "AWS_BEDROCK",
        "vertexAI": "VERTEX_AI",
        "anthropic": "ANTHROPIC",
        "custom": "CUSTOM",
        "nvidiaNim": "NVIDIA_NIM",
        "gemini": "GEMINI"
       },
       "auth_type": {
        "default": "DEFAULT",
        "proxy_with_headers": "PROXY_WITH_HEADERS",
        "bearer_token": "BEARER_TOKEN"
       },
       "kind": {
        "aws": "AWS",
        "gcp": "GCP"
       }
      },
      "addResponses": {
       "list": {
        "404": {
         "description": "A scoped resource named by a filter (such as `space_id`) is missing or not visible to the caller.",
         "content": {
          "application/problem+json": {
           "schema": {
            "type": "object",
            "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
            "required": [
             "title",
             "status"
            ],
            "properties": {
             "type": {
              "type": "string",
              "format": "uri-reference",
              "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
             },
             "title": {
              "type": "string"
             },
             "status": {
              "type": "integer",
              "minimum": 400,
              "maximum": 599
             },
             "detail": {
              "type": "string"
             },
             "instance": {
              "type": "string"
             },
             "errors": {
              "type": "array",
              "description": "Decision, extension member. The offending fields of a validation error.",
              "items": {
               "type": "object",
               "description": "One offending field of a rejected request (Decision, a problem+json extension).",
               "required": [
                "pointer",
                "message"
               ],
               "properties": {
                "pointer": {
                 "type": "string",
                 "description": "JSON pointer into the request (body, query or path)."
                },
                "message": {
                 "type": "string"
                }
               }
              }
             }
            }
           }
          }
         }
        }
       }
      }
     }
    }
   },
   "tags": [
    {
     "name": "AI integrations",
     "description": "Configure access to external LLM providers."
    }
   ],
   "paths": {
    "/v2/ai-integrations": {
     "get": {
      "operationId": "ai_integrations_list",
      "summary": "List AI integrations",
      "description": "Lists the AI integrations of the caller's account, newest first, with cursor pagination.\n`pagination.next_cursor` is present exactly when `pagination.has_more` is true.\n",
      "tags": [
       "AI integrations"
      ],
      "x-contract-rules": [
       {
        "id": "list-pagination",
        "contract": "Operations, list",
        "kit": "Pages through each listing: every integration once, none that misses the filter, order not checked; a smaller largest page (a limit clamped) passes. Also across an account grown past the largest page (beyond-one-page).",
        "origin": "fact",
        "status": 200,
        "summary": "Pages are newest first and hold each integration once; next_cursor is present exactly when has_more is true.",
        "details": "`limit` is 1..100 (default 50): a value outside is 400 and changes nothing. The cursor is\nopaque: only a value the server returned in `pagination.next_cursor` continues a listing.\n"
       },
       {
        "id": "list-name-filter",
        "contract": "Operations, list",
        "kit": "As stated, with the name filter in the same, upper, lower case and as an inner part of a name; with names holding `%`, `_`, `\\`, `.*[ ]`, quotes or non-ASCII (filtered in upper case), and a filter at its maxLength, each beside decoys that only a pattern or an accent-folding collation would match; also for a name past the first page of the account.",
        "origin": "fact",
        "status": 200,
        "summary": "The name filter keeps the integrations whose name contains it, ignoring case."
       }
      ],
      "parameters": [
       {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Page size.",
        "schema": {
         "type": "integer",
         "minimum": 1,
         "maximum": 100,
         "default": 50
        }
       },
       {
        "name": "cursor",
        "in": "query",
        "required": false,
        "description": "Opaque cursor taken from `pagination.next_cursor` of the previous page.",
        "schema": {
         "type": "string",
         "minLength": 1
        }
       },
       {
        "name": "name",
        "in": "query",
        "required": false,
        "description": "Case-insensitive substring of the integration name. Decision: at most 255 characters\n(no public source; the conformance kit never sends a longer one).\n",
        "schema": {
         "type": "string",
         "maxLength": 255
        }
       },
       {
        "name": "space_id",
        "in": "query",
        "required": false,
        "description": "Only integrations visible in this space.",
        "schema": {
         "type": "string",
         "minLength": 1
        }
       },
       {
        "name": "space_name",
        "in": "query",
        "required": false,
        "description": "Only integrations visible in the space of this name.",
        "schema": {
         "type": "string",
         "minLength": 1
        }
       }
      ],
      "responses": {
       "200": {
        "description": "A page of AI integrations.",
        "content": {
         "application/json": {
          "schema": {
           "type": "object",
           "required": [
            "ai_integrations",
            "pagination"
           ],
           "properties": {
            "ai_integrations": {
             "type": "array",
             "items": {
              "type": "object",
              "description": "An AI integration. The api key itself is never returned, only `has_api_key`.",
              "required": [
               "id",
               "name",
               "provider",
               "has_api_key",
               "enable_default_models",
               "function_calling_enabled",
               "auth_type",
               "scopings",
               "created_at",
               "updated_at",
               "created_by_user_id"
              ],
              "properties": {
               "id": {
                "type": "string",
                "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
                "minLength": 4,
                "maxLength": 512,
                "pattern": "^[A-Za-z0-9+/]+={0,2}$",
                "examples": [
                 "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
                ]
               },
               "name": {
                "type": "string",
                "minLength": 1,
                "description": "Unique within the account."
               },
               "provider": {
                "type": "string",
                "description": "The external LLM provider.",
                "enum": [
                 "openAI",
                 "azureOpenAI",
                 "awsBedrock",
                 "vertexAI",
                 "anthropic",
                 "custom",
                 "nvidiaNim",
                 "gemini"
                ]
               },
               "has_api_key": {
                "type": "boolean",
                "description": "Whether a key is stored."
               },
               "base_url": {
                "type": [
                 "string",
                 "null"
                ],
                "description": "Custom base URL."
               },
               "model_names": {
                "type": [
                 "array",
                 "null"
                ],
                "items": {
                 "type": "string"
                },
                "description": "Supported model names."
               },
               "headers": {
                "oneOf": [
                 {
                  "type": "object",
                  "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
                  "additionalProperties": {
                   "type": "string"
                  }
                 },
                 {
                  "type": "null"
                 }
                ]
               },
               "enable_default_models": {
                "type": "boolean"
               },
               "function_calling_enabled": {
                "type": "boolean"
               },
               "auth_type": {
                "type": "string",
                "description": "How requests to the provider are authenticated.",
                "enum": [
                 "default",
                 "proxy_with_headers",
                 "bearer_token"
                ]
               },
               "provider_metadata": {
                "oneOf": [
                 {
                  "type": "object",
                  "description": "Provider-specific metadata, discriminated by `kind`.",
                  "oneOf": [
                   {
                    "type": "object",
                    "description": "AWS metadata, required for awsBedrock.",
                    "required": [
                     "kind",
                     "role_arn"
                    ],
                    "properties": {
                     "kind": {
                      "type": "string",
                      "const": "aws"
                     },
                     "role_arn": {
                      "type": "string",
                      "minLength": 1,
                      "description": "ARN of the IAM role to assume."
                     },
                     "external_id": {
                      "type": [
                       "string",
                       "null"
                      ],
                      "description": "External id for the role trust policy."
                     }
                    }
                   },
                   {
                    "type": "object",
                    "description": "GCP metadata, required for vertexAI.",
                    "required": [
                     "kind",
                     "project_id",
                     "location",
                     "project_access_label"
                    ],
                    "properties": {
                     "kind": {
                      "type": "string",
                      "const": "gcp"
                     },
                     "project_id": {
                      "type": "string",
                      "minLength": 1
                     },
                     "location": {
                      "type": "string",
                      "minLength": 1
                     },
                     "project_access_label": {
                      "type": "string",
                      "minLength": 1
                     }
                    }
                   }
                  ],
                  "discriminator": {
                   "propertyName": "kind",
                   "mapping": {
                    "aws": "#/components/schemas/AwsProviderMetadata",
                    "gcp": "#/components/schemas/GcpProviderMetadata"
                   }
                  }
                 },
                 {
                  "type": "null"
                 }
                ]
               },
               "scopings": {
                "type": "array",
                "items": {
                 "type": "object",
                 "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
                 "properties": {
                  "organization_id": {
                   "type": [
                    "string",
                    "null"
                   ],
                   "minLength": 1,
                   "description": "Base64 id of the organization; null means account-wide."
                  },
                  "space_id": {
                   "type": [
                    "string",
                    "null"
                   ],
                   "minLength": 1,
                   "description": "Base64 id of the space; null means organization-wide."
                  }
                 }
                }
               },
               "created_at": {
                "type": "string",
                "format": "date-time",
                "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
                "examples": [
                 "2026-02-13T21:27:19.055Z"
                ]
               },
               "updated_at": {
                "type": "string",
                "format": "date-time",
                "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
                "examples": [
                 "2026-02-13T21:27:19.055Z"
                ]
               },
               "created_by_user_id": {
                "type": "string",
                "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
                "minLength": 4,
                "maxLength": 512,
                "pattern": "^[A-Za-z0-9+/]+={0,2}$",
                "examples": [
                 "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
                ]
               }
              }
             }
            },
            "pagination": {
             "type": "object",
             "required": [
              "has_more"
             ],
             "description": "`next_cursor` is present exactly when `has_more` is true.",
             "if": {
              "properties": {
               "has_more": {
                "const": true
               }
              }
             },
             "then": {
              "properties": {
               "next_cursor": true
              },
              "required": [
               "next_cursor"
              ]
             },
             "else": {
              "properties": {
               "next_cursor": false
              }
             },
             "properties": {
              "has_more": {
               "type": "boolean"
              },
              "next_cursor": {
               "type": "string",
               "minLength": 1,
               "description": "Present exactly when has_more is true."
              }
             }
            }
           }
          },
          "examples": {
           "firstPage": {
            "summary": "A first page with more to come",
            "value": {
             "ai_integrations": [
              {
               "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
               "name": "Production OpenAI",
               "provider": "openAI",
               "has_api_key": true,
               "model_names": [
                "gpt-4o",
                "gpt-4o-mini"
               ],
               "enable_default_models": false,
               "function_calling_enabled": true,
               "auth_type": "default",
               "scopings": [
                {}
               ],
               "created_at": "2026-02-13T21:27:19.055Z",
               "updated_at": "2026-02-13T21:27:19.055Z",
               "created_by_user_id": "VXNlcjoxOm5OYkM="
              }
             ],
             "pagination": {
              "has_more": true,
              "next_cursor": "Y3Vyc29yOjEy"
             }
            }
           }
          }
         }
        }
       },
       "400": {
        "description": "Invalid request parameters (malformed JSON, wrong type, invalid id format, empty update).",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "emptyUpdate": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
             "title": "Invalid request parameters",
             "status": 400,
             "detail": "At least one updatable field must be provided.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "errors": [
              {
               "pointer": "/body",
               "message": "must have at least one property"
              }
             ]
            }
           }
          }
         }
        }
       },
       "401": {
        "description": "A missing credential, or an Authorization header without the Bearer prefix.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "missing": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#authentication-required",
             "title": "Authentication required",
             "status": 401,
             "detail": "Send the header \"Authorization: Bearer <api key>\""
            }
           }
          }
         }
        }
       },
       "403": {
        "description": "The resource exists but the action is not allowed.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "readOnly": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#access-forbidden",
             "title": "Access forbidden",
             "status": 403,
             "detail": "This API key is read-only"
            }
           }
          }
         }
        }
       },
       "429": {
        "description": "Too many requests. Retry after the number of seconds in Retry-After, when it is sent.",
        "headers": {
         "Retry-After": {
          "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
          "required": false,
          "schema": {
           "type": "string",
           "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
          }
         }
        },
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "tooMany": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded",
             "title": "Rate limit exceeded",
             "status": 429,
             "detail": "Retry after 1 second."
            }
           }
          }
         }
        }
       }
      }
     },
     "post": {
      "operationId": "ai_integrations_create",
      "summary": "Create an AI integration",
      "description": "Creates an AI integration in the caller's account. `name` and `provider` are required.\nDefaults (Fact): `enable_default_models: false`, `function_calling_enabled: true`,\n`auth_type: default`; omitted `scopings` mean account-wide. `api_key` is write-only.\n",
      "tags": [
       "AI integrations"
      ],
      "x-contract-rules": [
       {
        "id": "create-name-unique",
        "contract": "Operations, create",
        "kit": "A 409, and nothing listed under the name, also for a name past the first page of the account and for creates sent at the same moment (exactly one succeeds). Names that differ only in case are not checked.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 409,
        "problem": "resource-conflict",
        "fields": [
         "name"
        ],
        "summary": "The name must be unique within the account.",
        "details": "Decision: exact, case-sensitive comparison with the names of the other integrations of\nthe same account; the same name in another account is allowed.\n"
       },
       {
        "id": "create-provider-consistency",
        "contract": "Resource, provider_metadata",
        "kit": "A 422 for metadata omitted or of the other kind; a 400 or a 422 for `null`; nothing created.",
        "origin": "fact",
        "status": 422,
        "problem": "unprocessable-entity",
        "fields": [
         "provider",
         "provider_metadata"
        ],
        "summary": "awsBedrock needs AWS provider metadata, vertexAI needs GCP provider metadata.",
        "details": "Metadata omitted or of the other kind is 422. Metadata `null` is also refused, but the\ncreate body has no nullable field, so a server may answer it 400 (rule types-enforced)\nas the mock does, or 422: the conformance kit accepts either without --strict.\n",
        "params": {
         "requiredMetadataKind": {
          "awsBedrock": "aws",
          "vertexAI": "gcp"
         }
        }
       },
       {
        "id": "model-source-optional",
        "contract": "Operations, create (hint from the guides)",
        "kit": "Never creates such an integration; a PATCH that would leave one may get a 4xx that changes nothing.",
        "origin": "decision",
        "strict": true,
        "status": 201,
        "fields": [
         "provider",
         "enable_default_models",
         "model_names"
        ],
        "summary": "awsBedrock and vertexAI integrations are accepted without a model source.",
        "details": "A model source is `enable_default_models: true` or a non-empty `model_names`. Arize's\nguides say a server rejects awsBedrock without one; the public spec is silent. The mock\naccepts it. The conformance kit never creates such an integration, and without --strict\naccepts a 4xx that changes nothing for a PATCH that would leave one.\n",
        "params": {
         "providers": [
          "awsBedrock",
          "vertexAI"
         ]
        }
       },
       {
        "id": "create-defaults",
        "contract": "Operations, create",
        "kit": "As stated, in the 201 body and on GET; `[{}]` equals a scoping of nulls.",
        "origin": "fact",
        "status": 201,
        "fields": [
         "enable_default_models",
         "function_calling_enabled",
         "auth_type",
         "scopings"
        ],
        "summary": "Omitted optional fields take their documented defaults.",
        "params": {
         "defaults": {
          "enable_default_models": false,
          "function_calling_enabled": true,
          "auth_type": "default",
          "scopings": [
           {}
          ]
         }
        }
       },
       {
        "id": "create-api-key-write-only",
        "contract": "Operations, create",
        "kit": "As stated: has_api_key true, the key in no response (201, GET, list).",
        "origin": "fact",
        "status": 201,
        "fields": [
         "api_key"
        ],
        "summary": "A given api_key is stored (has_api_key true) and never returned."
       },
       {
        "id": "create-headers-size-limit",
        "contract": "Update rule 11",
        "kit": "Not checked: the kit never sends an oversized map on create.",
        "origin": "decision",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "headers"
        ],
        "summary": "The serialized headers map must not exceed 8,175 bytes.",
        "details": "Decision: the limit of update rule 11 applies to create as well, with the same 400.\n",
        "params": {
         "maxBytes": 8175
        }
       }
      ],
      "requestBody": {
       "required": true,
       "content": {
        "application/json": {
         "schema": {
          "type": "object",
          "description": "`name` and `provider` are required. Defaults: enable_default_models false,\nfunction_calling_enabled true, auth_type default, scopings account-wide.\nFact: no field of the create body is nullable (a null is 400, rule types-enforced).\nDecision: unknown properties are rejected (`additionalProperties: false`, rule\nunknown-properties-rejected) and strings are non-empty (`minLength`, rule\nnon-empty-strings); the conformance kit checks both only with --strict.\n",
          "additionalProperties": false,
          "required": [
           "name",
           "provider"
          ],
          "properties": {
           "name": {
            "type": "string",
            "minLength": 1
           },
           "provider": {
            "type": "string",
            "description": "The external LLM provider.",
            "enum": [
             "openAI",
             "azureOpenAI",
             "awsBedrock",
             "vertexAI",
             "anthropic",
             "custom",
             "nvidiaNim",
             "gemini"
            ]
           },
           "api_key": {
            "type": "string",
            "minLength": 1,
            "writeOnly": true,
            "description": "Stored, never returned."
           },
           "base_url": {
            "type": "string"
           },
           "model_names": {
            "type": "array",
            "items": {
             "type": "string"
            }
           },
           "headers": {
            "type": "object",
            "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
            "additionalProperties": {
             "type": "string"
            }
           },
           "enable_default_models": {
            "type": "boolean"
           },
           "function_calling_enabled": {
            "type": "boolean"
           },
           "auth_type": {
            "type": "string",
            "description": "How requests to the provider are authenticated.",
            "enum": [
             "default",
             "proxy_with_headers",
             "bearer_token"
            ]
           },
           "provider_metadata": {
            "type": "object",
            "description": "ProviderMetadata in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected); the properties of the branch `kind` selects are the known ones.\nEach branch closes itself. Not `unevaluatedProperties: false` beside this oneOf: there Ajv 8\nrecords the evaluated properties in a plain object, so a key named like a member of\nObject.prototype (constructor, toString, __proto__, ...) counts as evaluated and gets through\n(the family of ajv-validator/ajv#2664).\n",
            "oneOf": [
             {
              "type": "object",
              "description": "AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
              "allOf": [
               {
                "type": "object",
                "description": "AWS metadata, required for awsBedrock.",
                "required": [
                 "kind",
                 "role_arn"
                ],
                "properties": {
                 "kind": {
                  "type": "string",
                  "const": "aws"
                 },
                 "role_arn": {
                  "type": "string",
                  "minLength": 1,
                  "description": "ARN of the IAM role to assume."
                 },
                 "external_id": {
                  "type": [
                   "string",
                   "null"
                  ],
                  "description": "External id for the role trust policy."
                 }
                }
               }
              ],
              "unevaluatedProperties": false
             },
             {
              "type": "object",
              "description": "GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
              "allOf": [
               {
                "type": "object",
                "description": "GCP metadata, required for vertexAI.",
                "required": [
                 "kind",
                 "project_id",
                 "location",
                 "project_access_label"
                ],
                "properties": {
                 "kind": {
                  "type": "string",
                  "const": "gcp"
                 },
                 "project_id": {
                  "type": "string",
                  "minLength": 1
                 },
                 "location": {
                  "type": "string",
                  "minLength": 1
                 },
                 "project_access_label": {
                  "type": "string",
                  "minLength": 1
                 }
                }
               }
              ],
              "unevaluatedProperties": false
             }
            ],
            "discriminator": {
             "propertyName": "kind",
             "mapping": {
              "aws": "#/components/schemas/AwsProviderMetadataInput",
              "gcp": "#/components/schemas/GcpProviderMetadataInput"
             }
            }
           },
           "scopings": {
            "type": "array",
            "items": {
             "type": "object",
             "description": "A Scoping in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected).\n",
             "allOf": [
              {
               "type": "object",
               "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
               "properties": {
                "organization_id": {
                 "type": [
                  "string",
                  "null"
                 ],
                 "minLength": 1,
                 "description": "Base64 id of the organization; null means account-wide."
                },
                "space_id": {
                 "type": [
                  "string",
                  "null"
                 ],
                 "minLength": 1,
                 "description": "Base64 id of the space; null means organization-wide."
                }
               }
              }
             ],
             "unevaluatedProperties": false
            }
           }
          }
         },
         "examples": {
          "openAI": {
           "summary": "An OpenAI integration with a key",
           "value": {
            "name": "Production OpenAI",
            "provider": "openAI",
            "api_key": "sk-example-not-a-real-key",
            "model_names": [
             "gpt-4o",
             "gpt-4o-mini"
            ]
           }
          },
          "awsBedrock": {
           "summary": "An AWS Bedrock integration assuming a role",
           "value": {
            "name": "Bedrock (us-east-1)",
            "provider": "awsBedrock",
            "provider_metadata": {
             "kind": "aws",
             "role_arn": "arn:aws:iam::123456789012:role/ArizeBedrock",
             "external_id": "arize-external-id"
            }
           }
          },
          "vertexAI": {
           "summary": "A Vertex AI integration scoped to one space",
           "value": {
            "name": "Vertex AI (europe-west4)",
            "provider": "vertexAI",
            "provider_metadata": {
             "kind": "gcp",
             "project_id": "my-gcp-project",
             "location": "europe-west4",
             "project_access_label": "ml-team"
            },
            "scopings": [
             {
              "organization_id": "T3JnYW5pemF0aW9uOjE6YUJjRA==",
              "space_id": "U3BhY2U6NzphQmNE"
             }
            ]
           }
          }
         }
        }
       }
      },
      "responses": {
       "201": {
        "description": "The created AI integration.",
        "content": {
         "application/json": {
          "schema": {
           "type": "object",
           "description": "An AI integration. The api key itself is never returned, only `has_api_key`.",
           "required": [
            "id",
            "name",
            "provider",
            "has_api_key",
            "enable_default_models",
            "function_calling_enabled",
            "auth_type",
            "scopings",
            "created_at",
            "updated_at",
            "created_by_user_id"
           ],
           "properties": {
            "id": {
             "type": "string",
             "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
             "minLength": 4,
             "maxLength": 512,
             "pattern": "^[A-Za-z0-9+/]+={0,2}$",
             "examples": [
              "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
             ]
            },
            "name": {
             "type": "string",
             "minLength": 1,
             "description": "Unique within the account."
            },
            "provider": {
             "type": "string",
             "description": "The external LLM provider.",
             "enum": [
              "openAI",
              "azureOpenAI",
              "awsBedrock",
              "vertexAI",
              "anthropic",
              "custom",
              "nvidiaNim",
              "gemini"
             ]
            },
            "has_api_key": {
             "type": "boolean",
             "description": "Whether a key is stored."
            },
            "base_url": {
             "type": [
              "string",
              "null"
             ],
             "description": "Custom base URL."
            },
            "model_names": {
             "type": [
              "array",
              "null"
             ],
             "items": {
              "type": "string"
             },
             "description": "Supported model names."
            },
            "headers": {
             "oneOf": [
              {
               "type": "object",
               "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
               "additionalProperties": {
                "type": "string"
               }
              },
              {
               "type": "null"
              }
             ]
            },
            "enable_default_models": {
             "type": "boolean"
            },
            "function_calling_enabled": {
             "type": "boolean"
            },
            "auth_type": {
             "type": "string",
             "description": "How requests to the provider are authenticated.",
             "enum": [
              "default",
              "proxy_with_headers",
              "bearer_token"
             ]
            },
            "provider_metadata": {
             "oneOf": [
              {
               "type": "object",
               "description": "Provider-specific metadata, discriminated by `kind`.",
               "oneOf": [
                {
                 "type": "object",
                 "description": "AWS metadata, required for awsBedrock.",
                 "required": [
                  "kind",
                  "role_arn"
                 ],
                 "properties": {
                  "kind": {
                   "type": "string",
                   "const": "aws"
                  },
                  "role_arn": {
                   "type": "string",
                   "minLength": 1,
                   "description": "ARN of the IAM role to assume."
                  },
                  "external_id": {
                   "type": [
                    "string",
                    "null"
                   ],
                   "description": "External id for the role trust policy."
                  }
                 }
                },
                {
                 "type": "object",
                 "description": "GCP metadata, required for vertexAI.",
                 "required": [
                  "kind",
                  "project_id",
                  "location",
                  "project_access_label"
                 ],
                 "properties": {
                  "kind": {
                   "type": "string",
                   "const": "gcp"
                  },
                  "project_id": {
                   "type": "string",
                   "minLength": 1
                  },
                  "location": {
                   "type": "string",
                   "minLength": 1
                  },
                  "project_access_label": {
                   "type": "string",
                   "minLength": 1
                  }
                 }
                }
               ],
               "discriminator": {
                "propertyName": "kind",
                "mapping": {
                 "aws": "#/components/schemas/AwsProviderMetadata",
                 "gcp": "#/components/schemas/GcpProviderMetadata"
                }
               }
              },
              {
               "type": "null"
              }
             ]
            },
            "scopings": {
             "type": "array",
             "items": {
              "type": "object",
              "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
              "properties": {
               "organization_id": {
                "type": [
                 "string",
                 "null"
                ],
                "minLength": 1,
                "description": "Base64 id of the organization; null means account-wide."
               },
               "space_id": {
                "type": [
                 "string",
                 "null"
                ],
                "minLength": 1,
                "description": "Base64 id of the space; null means organization-wide."
               }
              }
             }
            },
            "created_at": {
             "type": "string",
             "format": "date-time",
             "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
             "examples": [
              "2026-02-13T21:27:19.055Z"
             ]
            },
            "updated_at": {
             "type": "string",
             "format": "date-time",
             "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
             "examples": [
              "2026-02-13T21:27:19.055Z"
             ]
            },
            "created_by_user_id": {
             "type": "string",
             "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
             "minLength": 4,
             "maxLength": 512,
             "pattern": "^[A-Za-z0-9+/]+={0,2}$",
             "examples": [
              "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
             ]
            }
           }
          },
          "examples": {
           "created": {
            "summary": "An OpenAI integration with a key and two models",
            "value": {
             "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "name": "Production OpenAI",
             "provider": "openAI",
             "has_api_key": true,
             "model_names": [
              "gpt-4o",
              "gpt-4o-mini"
             ],
             "enable_default_models": false,
             "function_calling_enabled": true,
             "auth_type": "default",
             "scopings": [
              {}
             ],
             "created_at": "2026-02-13T21:27:19.055Z",
             "updated_at": "2026-02-13T21:27:19.055Z",
             "created_by_user_id": "VXNlcjoxOm5OYkM="
            }
           }
          }
         }
        }
       },
       "400": {
        "description": "Invalid request parameters (malformed JSON, wrong type, invalid id format, empty update).",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "emptyUpdate": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
             "title": "Invalid request parameters",
             "status": 400,
             "detail": "At least one updatable field must be provided.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "errors": [
              {
               "pointer": "/body",
               "message": "must have at least one property"
              }
             ]
            }
           }
          }
         }
        }
       },
       "401": {
        "description": "A missing credential, or an Authorization header without the Bearer prefix.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "missing": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#authentication-required",
             "title": "Authentication required",
             "status": 401,
             "detail": "Send the header \"Authorization: Bearer <api key>\""
            }
           }
          }
         }
        }
       },
       "403": {
        "description": "The resource exists but the action is not allowed.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "readOnly": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#access-forbidden",
             "title": "Access forbidden",
             "status": 403,
             "detail": "This API key is read-only"
            }
           }
          }
         }
        }
       },
       "404": {
        "description": "The integration does not exist or belongs to another account.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "unknownId": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#resource-not-found",
             "title": "Resource not found",
             "status": 404,
             "detail": "No AI integration with id TGxtSW50ZWdyYXRpb246OTk6WnpaeA==.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246OTk6WnpaeA=="
            }
           }
          }
         }
        }
       },
       "409": {
        "description": "Another integration of the account already has this name.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "nameTaken": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#resource-conflict",
             "title": "Resource conflict",
             "status": 409,
             "detail": "An AI integration named \"Production OpenAI\" already exists in this account."
            }
           }
          }
         }
        }
       },
       "413": {
        "description": "Decision. The request body is larger than the server accepts.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "tooLarge": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#payload-too-large",
             "title": "Payload too large",
             "status": 413,
             "detail": "The request body exceeds 1048576 bytes."
            }
           }
          }
         }
        }
       },
       "415": {
        "description": "Decision (the public text is silent; a server may answer 400). The body is not sent as\nJSON: its Content-Type is neither `application/json` nor `application/*+json` (or is\nmissing), or names a charset or Content-Encoding the server does not read. The body is not\nread.\n",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "textPlain": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#unsupported-media-type",
             "title": "Unsupported media type",
             "status": 415,
             "detail": "Content-Type text/plain is not JSON: send the body as application/json."
            }
           }
          }
         }
        }
       },
       "422": {
        "description": "The request is well-formed but inconsistent (provider and provider_metadata).",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "missingMetadata": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#unprocessable-entity",
             "title": "Unprocessable Entity",
             "status": 422,
             "detail": "Provider awsBedrock requires provider_metadata of kind aws."
            }
           }
          }
         }
        }
       },
       "429": {
        "description": "Too many requests. Retry after the number of seconds in Retry-After, when it is sent.",
        "headers": {
         "Retry-After": {
          "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
          "required": false,
          "schema": {
           "type": "string",
           "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
          }
         }
        },
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "tooMany": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded",
             "title": "Rate limit exceeded",
             "status": 429,
             "detail": "Retry after 1 second."
            }
           }
          }
         }
        }
       }
      }
     }
    },
    "/v2/ai-integrations/{integration_id}": {
     "parameters": [
      {
       "name": "integration_id",
       "in": "path",
       "required": true,
       "description": "Opaque base64 id of the integration. Fact: an invalid id format is 400. Decision: a\nwell-formed id that does not exist, or belongs to another account, is 404.\n",
       "schema": {
        "type": "string",
        "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
        "minLength": 4,
        "maxLength": 512,
        "pattern": "^[A-Za-z0-9+/]+={0,2}$",
        "examples": [
         "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
        ]
       },
       "example": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
      }
     ],
     "get": {
      "operationId": "ai_integrations_get",
      "summary": "Get an AI integration",
      "description": "Returns one AI integration of the caller's account. Decision: an id of another account is\n404, exactly like an id that does not exist.\n",
      "tags": [
       "AI integrations"
      ],
      "responses": {
       "200": {
        "description": "The AI integration.",
        "content": {
         "application/json": {
          "schema": {
           "type": "object",
           "description": "An AI integration. The api key itself is never returned, only `has_api_key`.",
           "required": [
            "id",
            "name",
            "provider",
            "has_api_key",
            "enable_default_models",
            "function_calling_enabled",
            "auth_type",
            "scopings",
            "created_at",
            "updated_at",
            "created_by_user_id"
           ],
           "properties": {
            "id": {
             "type": "string",
             "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
             "minLength": 4,
             "maxLength": 512,
             "pattern": "^[A-Za-z0-9+/]+={0,2}$",
             "examples": [
              "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
             ]
            },
            "name": {
             "type": "string",
             "minLength": 1,
             "description": "Unique within the account."
            },
            "provider": {
             "type": "string",
             "description": "The external LLM provider.",
             "enum": [
              "openAI",
              "azureOpenAI",
              "awsBedrock",
              "vertexAI",
              "anthropic",
              "custom",
              "nvidiaNim",
              "gemini"
             ]
            },
            "has_api_key": {
             "type": "boolean",
             "description": "Whether a key is stored."
            },
            "base_url": {
             "type": [
              "string",
              "null"
             ],
             "description": "Custom base URL."
            },
            "model_names": {
             "type": [
              "array",
              "null"
             ],
             "items": {
              "type": "string"
             },
             "description": "Supported model names."
            },
            "headers": {
             "oneOf": [
              {
               "type": "object",
               "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
               "additionalProperties": {
                "type": "string"
               }
              },
              {
               "type": "null"
              }
             ]
            },
            "enable_default_models": {
             "type": "boolean"
            },
            "function_calling_enabled": {
             "type": "boolean"
            },
            "auth_type": {
             "type": "string",
             "description": "How requests to the provider are authenticated.",
             "enum": [
              "default",
              "proxy_with_headers",
              "bearer_token"
             ]
            },
            "provider_metadata": {
             "oneOf": [
              {
               "type": "object",
               "description": "Provider-specific metadata, discriminated by `kind`.",
               "oneOf": [
                {
                 "type": "object",
                 "description": "AWS metadata, required for awsBedrock.",
                 "required": [
                  "kind",
                  "role_arn"
                 ],
                 "properties": {
                  "kind": {
                   "type": "string",
                   "const": "aws"
                  },
                  "role_arn": {
                   "type": "string",
                   "minLength": 1,
                   "description": "ARN of the IAM role to assume."
                  },
                  "external_id": {
                   "type": [
                    "string",
                    "null"
                   ],
                   "description": "External id for the role trust policy."
                  }
                 }
                },
                {
                 "type": "object",
                 "description": "GCP metadata, required for vertexAI.",
                 "required": [
                  "kind",
                  "project_id",
                  "location",
                  "project_access_label"
                 ],
                 "properties": {
                  "kind": {
                   "type": "string",
                   "const": "gcp"
                  },
                  "project_id": {
                   "type": "string",
                   "minLength": 1
                  },
                  "location": {
                   "type": "string",
                   "minLength": 1
                  },
                  "project_access_label": {
                   "type": "string",
                   "minLength": 1
                  }
                 }
                }
               ],
               "discriminator": {
                "propertyName": "kind",
                "mapping": {
                 "aws": "#/components/schemas/AwsProviderMetadata",
                 "gcp": "#/components/schemas/GcpProviderMetadata"
                }
               }
              },
              {
               "type": "null"
              }
             ]
            },
            "scopings": {
             "type": "array",
             "items": {
              "type": "object",
              "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
              "properties": {
               "organization_id": {
                "type": [
                 "string",
                 "null"
                ],
                "minLength": 1,
                "description": "Base64 id of the organization; null means account-wide."
               },
               "space_id": {
                "type": [
                 "string",
                 "null"
                ],
                "minLength": 1,
                "description": "Base64 id of the space; null means organization-wide."
               }
              }
             }
            },
            "created_at": {
             "type": "string",
             "format": "date-time",
             "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
             "examples": [
              "2026-02-13T21:27:19.055Z"
             ]
            },
            "updated_at": {
             "type": "string",
             "format": "date-time",
             "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
             "examples": [
              "2026-02-13T21:27:19.055Z"
             ]
            },
            "created_by_user_id": {
             "type": "string",
             "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
             "minLength": 4,
             "maxLength": 512,
             "pattern": "^[A-Za-z0-9+/]+={0,2}$",
             "examples": [
              "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
             ]
            }
           }
          },
          "examples": {
           "openAI": {
            "summary": "An OpenAI integration with a key and two models",
            "value": {
             "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "name": "Production OpenAI",
             "provider": "openAI",
             "has_api_key": true,
             "model_names": [
              "gpt-4o",
              "gpt-4o-mini"
             ],
             "enable_default_models": false,
             "function_calling_enabled": true,
             "auth_type": "default",
             "scopings": [
              {}
             ],
             "created_at": "2026-02-13T21:27:19.055Z",
             "updated_at": "2026-02-13T21:27:19.055Z",
             "created_by_user_id": "VXNlcjoxOm5OYkM="
            }
           }
          }
         }
        }
       },
       "400": {
        "description": "Invalid request parameters (malformed JSON, wrong type, invalid id format, empty update).",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "emptyUpdate": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
             "title": "Invalid request parameters",
             "status": 400,
             "detail": "At least one updatable field must be provided.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "errors": [
              {
               "pointer": "/body",
               "message": "must have at least one property"
              }
             ]
            }
           }
          }
         }
        }
       },
       "401": {
        "description": "A missing credential, or an Authorization header without the Bearer prefix.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "missing": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#authentication-required",
             "title": "Authentication required",
             "status": 401,
             "detail": "Send the header \"Authorization: Bearer <api key>\""
            }
           }
          }
         }
        }
       },
       "404": {
        "description": "The integration does not exist or belongs to another account.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "unknownId": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#resource-not-found",
             "title": "Resource not found",
             "status": 404,
             "detail": "No AI integration with id TGxtSW50ZWdyYXRpb246OTk6WnpaeA==.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246OTk6WnpaeA=="
            }
           }
          }
         }
        }
       },
       "429": {
        "description": "Too many requests. Retry after the number of seconds in Retry-After, when it is sent.",
        "headers": {
         "Retry-After": {
          "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
          "required": false,
          "schema": {
           "type": "string",
           "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
          }
         }
        },
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "tooMany": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded",
             "title": "Rate limit exceeded",
             "status": 429,
             "detail": "Retry after 1 second."
            }
           }
          }
         }
        }
       }
      }
     },
     "patch": {
      "operationId": "ai_integrations_update",
      "summary": "Update an AI integration",
      "description": "Partial update. Only the fields present in the body change; at least one updatable field\nmust be provided. The full rule set is in `x-contract-rules` (table: `spec/RULES.md`).\nThe 200 response is the whole updated integration; a GET right after returns the same.\n",
      "tags": [
       "AI integrations"
      ],
      "x-contract-rules": [
       {
        "id": "non-empty",
        "contract": "Update rule 1",
        "kit": "A 4xx (exactly 400 with --strict), and the integration unchanged: the status of an empty body is a decision.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "summary": "At least one updatable field must be provided; `{}` is invalid.",
        "details": "Decision: a body holding only unknown properties is also 400 invalid-request.\n"
       },
       {
        "id": "omitted-unchanged",
        "contract": "Update rule 2",
        "kit": "As stated, by meaning (absent equals null, lists as sets, extra members ignored); also for PATCHes of disjoint fields sent at the same moment (no update lost, in some order).",
        "origin": "fact",
        "status": 200,
        "summary": "Fields omitted from the body are left unchanged."
       },
       {
        "id": "name-unique",
        "contract": "Update rule 3",
        "kit": "A 409 and both integrations unchanged, also onto a name past the first page of the account; of renames and creates onto one name sent at the same moment exactly one succeeds. Names that differ only in case are not checked.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 409,
        "problem": "resource-conflict",
        "fields": [
         "name"
        ],
        "summary": "A provided name must be unique within the account.",
        "details": "Decision: 409 when another integration of the same account has exactly that name\n(case-sensitive); renaming an integration to its own current name succeeds; the same\nname in another account succeeds.\n"
       },
       {
        "id": "api-key",
        "contract": "Update rule 4",
        "kit": "As stated; no response holds a key sent, nor the caller's credential.",
        "origin": "fact",
        "status": 200,
        "fields": [
         "api_key"
        ],
        "summary": "A string sets the key (has_api_key true), null removes it (has_api_key false), omitted keeps it.",
        "details": "The key is never returned: in no response, list, error or log line.\n"
       },
       {
        "id": "null-clears",
        "contract": "Update rule 5",
        "kit": "Absent and null both count as cleared. provider_metadata is cleared only where the target accepts metadata on a provider that needs none.",
        "origin": "fact",
        "status": 200,
        "fields": [
         "base_url",
         "headers",
         "provider_metadata"
        ],
        "summary": "base_url, headers and provider_metadata set to null are removed.",
        "details": "Responses then show them absent or null; the two are equal when comparing.\n"
       },
       {
        "id": "replace-all",
        "contract": "Update rule 6",
        "kit": "As stated, lists compared as sets; scopings use only the ids given with --organization-id and --space-id (account-wide otherwise).",
        "origin": "fact",
        "status": 200,
        "fields": [
         "model_names",
         "scopings",
         "provider_metadata"
        ],
        "summary": "model_names, scopings and provider_metadata replace the stored value wholesale (no merge).",
        "details": "An empty list is valid (the schemas set no minimum) and replaces the list with an empty\none: `scopings: []` leaves an integration with no visibility rule, listed without a space\nfilter and under no space's.\n"
       },
       {
        "id": "headers-replace",
        "contract": "Update rule 6",
        "kit": "Not checked: every header sent must be in the result, so a merge passes.",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "headers"
        ],
        "summary": "headers replaces the whole stored map (no merge).",
        "details": "The public text does not say; the conformance kit checks it only in strict mode.\n"
       },
       {
        "id": "empty-scopings-stored",
        "contract": "Update rule 6",
        "kit": "Not checked: `scopings: []` may come back as `[]` or as one account-wide scoping (the two compare equal).",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "scopings"
        ],
        "summary": "`scopings: []` stores an empty list, shown as `[]`.",
        "details": "The public text does not say whether an empty list is stored as sent or read as\naccount-wide; a server that answers one account-wide scoping (the create default) is\nalso faithful. The conformance kit tells the two apart only in strict mode.\n"
       },
       {
        "id": "provider-change",
        "contract": "Update rule 9",
        "kit": "A PATCH that changes the provider may get a 4xx that changes nothing.",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "provider"
        ],
        "summary": "provider may change on PATCH, subject to provider-consistency.",
        "details": "`provider` is in the PATCH body of the public spec, but one of Arize's guides says it\ncannot change after creation. The mock lets it change; without --strict the conformance\nkit accepts a 4xx that changes nothing for a PATCH that changes the provider.\n"
       },
       {
        "id": "metadata-on-any-provider",
        "contract": "Resource, provider_metadata",
        "kit": "A create of one may be refused (null-clears then notes provider_metadata as not checked); a PATCH that would leave one may get a 4xx that changes nothing.",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "provider",
         "provider_metadata"
        ],
        "summary": "Providers that need no particular metadata accept any provider_metadata, or none.",
        "details": "The public text is silent. The mock stores it. The conformance kit creates such an\nintegration only to check that null clears its metadata (and notes it when the target\nrefuses), and without --strict accepts a 4xx that changes nothing for a PATCH that would\nleave one.\n"
       },
       {
        "id": "types-enforced",
        "contract": "Update rule 7",
        "kit": "A 4xx (exactly 400 with --strict), and nothing changed.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "summary": "Types and enums are enforced; null on a non-nullable field is 400.",
        "details": "The public text says 400 for a wrong type and for null on a non-nullable field; for an\nunknown enum value or a nested structure broken inside (metadata without a member its\nkind requires) a faithful server may answer 400 or 422, so the conformance kit accepts\nany 4xx that changes nothing without --strict.\n",
        "params": {
         "notNullable": [
          "name",
          "provider",
          "model_names",
          "enable_default_models",
          "function_calling_enabled",
          "auth_type",
          "scopings"
         ]
        }
       },
       {
        "id": "unknown-properties-rejected",
        "contract": "Update rule 12",
        "kit": "A 4xx that changes nothing, or a 200 that ignored the unknown properties and did exactly what the rest says.",
        "origin": "decision",
        "strict": true,
        "status": 400,
        "problem": "invalid-request",
        "summary": "Unknown body properties are 400 in the mock; the kit does not require this of a target.",
        "details": "This covers unknown properties inside scopings and provider_metadata too.\n"
       },
       {
        "id": "non-empty-strings",
        "contract": "Update rule 7",
        "kit": "A 4xx that changes nothing, or a 200 that stored the empty string as sent.",
        "origin": "decision",
        "strict": true,
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "name",
         "api_key",
         "scopings",
         "provider_metadata"
        ],
        "summary": "Strings the spec gives a minimum length (name, api_key, ids and metadata values) must not be empty.",
        "details": "The public text does not say; the conformance kit checks it only in strict mode.\n"
       },
       {
        "id": "atomic",
        "contract": "Update rule 8",
        "kit": "As stated: every rejection the kit meets is followed by a GET that must show the integration as it was.",
        "origin": "decision",
        "status": 400,
        "details": "Any 4xx: 400, 404, 409, 413 and 422 alike leave the integration as it was.\n",
        "summary": "A rejected PATCH (any 4xx) changes nothing, not even part of the body."
       },
       {
        "id": "provider-consistency",
        "contract": "Update rule 9",
        "kit": "A 422 and the integration unchanged; any 4xx where the same PATCH also changes the provider or leaves no model source.",
        "origin": "fact",
        "status": 422,
        "problem": "unprocessable-entity",
        "fields": [
         "provider",
         "provider_metadata"
        ],
        "summary": "On the state after the patch, awsBedrock needs AWS metadata and vertexAI needs GCP metadata.",
        "details": "So `provider_metadata: null` on an awsBedrock integration is a 422.\n",
        "params": {
         "requiredMetadataKind": {
          "awsBedrock": "aws",
          "vertexAI": "gcp"
         }
        }
       },
       {
        "id": "immutable-fields",
        "contract": "Update rule 10",
        "kit": "As stated; created_at compared as an instant.",
        "origin": "decision",
        "status": 200,
        "fields": [
         "id",
         "created_at",
         "created_by_user_id"
        ],
        "summary": "id, created_at and created_by_user_id never change."
       },
       {
        "id": "updated-at-advances",
        "contract": "Update rule 10",
        "kit": "Never before created_at and never back, compared as instants; strictly later on every PATCH only with --strict.",
        "origin": "decision",
        "status": 200,
        "fields": [
         "updated_at"
        ],
        "summary": "updated_at moves forward on every successful PATCH and is never before created_at."
       },
       {
        "id": "headers-size-limit",
        "contract": "Update rule 11",
        "kit": "A 4xx (exactly 400 with --strict), and nothing changed.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "headers"
        ],
        "summary": "The serialized headers map must not exceed 8,175 bytes.",
        "details": "Fact from later spec text; Decision: the status is 400. Size is the UTF-8 byte length\nof the map serialized as JSON.\n",
        "params": {
         "maxBytes": 8175
        }
       },
       {
        "id": "malformed-body",
        "contract": "Update rule 12",
        "kit": "A 4xx (exactly 400 with --strict), and nothing changed.",
        "origin": "fact",
        "status": 400,
        "problem": "invalid-request",
        "summary": "A body that is not JSON, or is JSON but not an object, is 400.",
        "details": "Decision: a body whose Content-Type is not JSON (or is missing) is 415\nunsupported-media-type instead, and is not read; the conformance kit always sends\n`application/json`.\n"
       },
       {
        "id": "malformed-id",
        "contract": "Update rule 12",
        "kit": "A 400 on get, patch and delete, only for ids that fail the Base64Id pattern.",
        "origin": "fact",
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "id"
        ],
        "summary": "An integration id of an invalid format is 400.",
        "details": "The format is the Base64Id pattern. Decision: the mock also treats as malformed an id\nthat is not the canonical base64 of `LlmIntegration:<n>:<4 alphanumeric>`, as such an\nid can name no integration; the conformance kit only counts pattern failures as malformed.\n"
       },
       {
        "id": "not-found",
        "contract": "Update rule 12",
        "kit": "A 404 for a deleted id; for another account's id a 404, or a 403 where the operation declares it (patch, delete: the resource exists but the action is not allowed), and nothing changed; exactly 404 with --strict.",
        "origin": "decision",
        "statusOrigin": "decision",
        "strict": true,
        "status": 404,
        "problem": "resource-not-found",
        "summary": "A well-formed id that does not exist, or belongs to another account, is 404.",
        "details": "The API deliberately does not tell the two apart.\n"
       },
       {
        "id": "read-back",
        "contract": "Update rule 13",
        "kit": "The GET equals the 200 body by meaning (exact JSON with --strict). Awkward text (non-ASCII, lone surrogates, control characters, LIKE and regex characters, long values) that a create or PATCH accepted comes back with every character and map entry, surrounding whitespace and Unicode normalisation tolerated; a 4xx that changes nothing is accepted too.",
        "origin": "fact",
        "status": 200,
        "summary": "The 200 body is the whole updated integration, and a GET right after returns the same."
       }
      ],
      "requestBody": {
       "required": true,
       "content": {
        "application/json": {
         "schema": {
          "type": "object",
          "description": "Every field is optional, but at least one must be provided (rule non-empty). Only api_key,\nbase_url, headers and provider_metadata are nullable; null removes them. Decision: unknown\nproperties are rejected.\n",
          "additionalProperties": false,
          "minProperties": 1,
          "properties": {
           "name": {
            "type": "string",
            "minLength": 1,
            "description": "Must be unique within the account (rule name-unique)."
           },
           "provider": {
            "type": "string",
            "description": "The external LLM provider.",
            "enum": [
             "openAI",
             "azureOpenAI",
             "awsBedrock",
             "vertexAI",
             "anthropic",
             "custom",
             "nvidiaNim",
             "gemini"
            ]
           },
           "api_key": {
            "type": [
             "string",
             "null"
            ],
            "minLength": 1,
            "writeOnly": true,
            "description": "A string sets the key, null removes it, omitted keeps it. Never returned."
           },
           "base_url": {
            "type": [
             "string",
             "null"
            ],
            "description": "null clears it."
           },
           "model_names": {
            "type": "array",
            "items": {
             "type": "string"
            },
            "description": "Replaces the whole list."
           },
           "headers": {
            "description": "Replaces the whole map (Decision); null clears it.",
            "oneOf": [
             {
              "type": "object",
              "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
              "additionalProperties": {
               "type": "string"
              }
             },
             {
              "type": "null"
             }
            ]
           },
           "enable_default_models": {
            "type": "boolean"
           },
           "function_calling_enabled": {
            "type": "boolean"
           },
           "auth_type": {
            "type": "string",
            "description": "How requests to the provider are authenticated.",
            "enum": [
             "default",
             "proxy_with_headers",
             "bearer_token"
            ]
           },
           "provider_metadata": {
            "description": "Replaces the stored object (no deep merge); null clears it.",
            "oneOf": [
             {
              "type": "object",
              "description": "ProviderMetadata in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected); the properties of the branch `kind` selects are the known ones.\nEach branch closes itself. Not `unevaluatedProperties: false` beside this oneOf: there Ajv 8\nrecords the evaluated properties in a plain object, so a key named like a member of\nObject.prototype (constructor, toString, __proto__, ...) counts as evaluated and gets through\n(the family of ajv-validator/ajv#2664).\n",
              "oneOf": [
               {
                "type": "object",
                "description": "AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
                "allOf": [
                 {
                  "type": "object",
                  "description": "AWS metadata, required for awsBedrock.",
                  "required": [
                   "kind",
                   "role_arn"
                  ],
                  "properties": {
                   "kind": {
                    "type": "string",
                    "const": "aws"
                   },
                   "role_arn": {
                    "type": "string",
                    "minLength": 1,
                    "description": "ARN of the IAM role to assume."
                   },
                   "external_id": {
                    "type": [
                     "string",
                     "null"
                    ],
                    "description": "External id for the role trust policy."
                   }
                  }
                 }
                ],
                "unevaluatedProperties": false
               },
               {
                "type": "object",
                "description": "GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
                "allOf": [
                 {
                  "type": "object",
                  "description": "GCP metadata, required for vertexAI.",
                  "required": [
                   "kind",
                   "project_id",
                   "location",
                   "project_access_label"
                  ],
                  "properties": {
                   "kind": {
                    "type": "string",
                    "const": "gcp"
                   },
                   "project_id": {
                    "type": "string",
                    "minLength": 1
                   },
                   "location": {
                    "type": "string",
                    "minLength": 1
                   },
                   "project_access_label": {
                    "type": "string",
                    "minLength": 1
                   }
                  }
                 }
                ],
                "unevaluatedProperties": false
               }
              ],
              "discriminator": {
               "propertyName": "kind",
               "mapping": {
                "aws": "#/components/schemas/AwsProviderMetadataInput",
                "gcp": "#/components/schemas/GcpProviderMetadataInput"
               }
              }
             },
             {
              "type": "null"
             }
            ]
           },
           "scopings": {
            "type": "array",
            "items": {
             "type": "object",
             "description": "A Scoping in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected).\n",
             "allOf": [
              {
               "type": "object",
               "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
               "properties": {
                "organization_id": {
                 "type": [
                  "string",
                  "null"
                 ],
                 "minLength": 1,
                 "description": "Base64 id of the organization; null means account-wide."
                },
                "space_id": {
                 "type": [
                  "string",
                  "null"
                 ],
                 "minLength": 1,
                 "description": "Base64 id of the space; null means organization-wide."
                }
               }
              }
             ],
             "unevaluatedProperties": false
            },
            "description": "Replaces all rules."
           }
          }
         },
         "examples": {
          "renameAndModels": {
           "summary": "The documented valid update",
           "value": {
            "name": "Updated Integration",
            "model_names": [
             "gpt-4o",
             "gpt-4o-mini"
            ]
           }
          },
          "removeKeyAndBaseUrl": {
           "summary": "null removes the key and clears base_url",
           "value": {
            "api_key": null,
            "base_url": null
           }
          },
          "switchToBedrock": {
           "summary": "Change provider together with its metadata",
           "value": {
            "provider": "awsBedrock",
            "provider_metadata": {
             "kind": "aws",
             "role_arn": "arn:aws:iam::123456789012:role/ArizeBedrock"
            }
           }
          }
         },
         "x-invalid-examples": {
          "empty": {
           "summary": "The documented invalid update (no field provided)",
           "value": {},
           "rule": "non-empty",
           "status": 400
          },
          "nullName": {
           "summary": "null on a non-nullable field",
           "value": {
            "name": null
           },
           "rule": "types-enforced",
           "status": 400
          }
         }
        }
       }
      },
      "responses": {
       "200": {
        "description": "The whole updated AI integration.",
        "content": {
         "application/json": {
          "schema": {
           "type": "object",
           "description": "An AI integration. The api key itself is never returned, only `has_api_key`.",
           "required": [
            "id",
            "name",
            "provider",
            "has_api_key",
            "enable_default_models",
            "function_calling_enabled",
            "auth_type",
            "scopings",
            "created_at",
            "updated_at",
            "created_by_user_id"
           ],
           "properties": {
            "id": {
             "type": "string",
             "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
             "minLength": 4,
             "maxLength": 512,
             "pattern": "^[A-Za-z0-9+/]+={0,2}$",
             "examples": [
              "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
             ]
            },
            "name": {
             "type": "string",
             "minLength": 1,
             "description": "Unique within the account."
            },
            "provider": {
             "type": "string",
             "description": "The external LLM provider.",
             "enum": [
              "openAI",
              "azureOpenAI",
              "awsBedrock",
              "vertexAI",
              "anthropic",
              "custom",
              "nvidiaNim",
              "gemini"
             ]
            },
            "has_api_key": {
             "type": "boolean",
             "description": "Whether a key is stored."
            },
            "base_url": {
             "type": [
              "string",
              "null"
             ],
             "description": "Custom base URL."
            },
            "model_names": {
             "type": [
              "array",
              "null"
             ],
             "items": {
              "type": "string"
             },
             "description": "Supported model names."
            },
            "headers": {
             "oneOf": [
              {
               "type": "object",
               "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
               "additionalProperties": {
                "type": "string"
               }
              },
              {
               "type": "null"
              }
             ]
            },
            "enable_default_models": {
             "type": "boolean"
            },
            "function_calling_enabled": {
             "type": "boolean"
            },
            "auth_type": {
             "type": "string",
             "description": "How requests to the provider are authenticated.",
             "enum": [
              "default",
              "proxy_with_headers",
              "bearer_token"
             ]
            },
            "provider_metadata": {
             "oneOf": [
              {
               "type": "object",
               "description": "Provider-specific metadata, discriminated by `kind`.",
               "oneOf": [
                {
                 "type": "object",
                 "description": "AWS metadata, required for awsBedrock.",
                 "required": [
                  "kind",
                  "role_arn"
                 ],
                 "properties": {
                  "kind": {
                   "type": "string",
                   "const": "aws"
                  },
                  "role_arn": {
                   "type": "string",
                   "minLength": 1,
                   "description": "ARN of the IAM role to assume."
                  },
                  "external_id": {
                   "type": [
                    "string",
                    "null"
                   ],
                   "description": "External id for the role trust policy."
                  }
                 }
                },
                {
                 "type": "object",
                 "description": "GCP metadata, required for vertexAI.",
                 "required": [
                  "kind",
                  "project_id",
                  "location",
                  "project_access_label"
                 ],
                 "properties": {
                  "kind": {
                   "type": "string",
                   "const": "gcp"
                  },
                  "project_id": {
                   "type": "string",
                   "minLength": 1
                  },
                  "location": {
                   "type": "string",
                   "minLength": 1
                  },
                  "project_access_label": {
                   "type": "string",
                   "minLength": 1
                  }
                 }
                }
               ],
               "discriminator": {
                "propertyName": "kind",
                "mapping": {
                 "aws": "#/components/schemas/AwsProviderMetadata",
                 "gcp": "#/components/schemas/GcpProviderMetadata"
                }
               }
              },
              {
               "type": "null"
              }
             ]
            },
            "scopings": {
             "type": "array",
             "items": {
              "type": "object",
              "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
              "properties": {
               "organization_id": {
                "type": [
                 "string",
                 "null"
                ],
                "minLength": 1,
                "description": "Base64 id of the organization; null means account-wide."
               },
               "space_id": {
                "type": [
                 "string",
                 "null"
                ],
                "minLength": 1,
                "description": "Base64 id of the space; null means organization-wide."
               }
              }
             }
            },
            "created_at": {
             "type": "string",
             "format": "date-time",
             "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
             "examples": [
              "2026-02-13T21:27:19.055Z"
             ]
            },
            "updated_at": {
             "type": "string",
             "format": "date-time",
             "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
             "examples": [
              "2026-02-13T21:27:19.055Z"
             ]
            },
            "created_by_user_id": {
             "type": "string",
             "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
             "minLength": 4,
             "maxLength": 512,
             "pattern": "^[A-Za-z0-9+/]+={0,2}$",
             "examples": [
              "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
             ]
            }
           }
          },
          "examples": {
           "updated": {
            "summary": "After the documented valid update",
            "value": {
             "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "name": "Updated Integration",
             "provider": "openAI",
             "has_api_key": true,
             "model_names": [
              "gpt-4o",
              "gpt-4o-mini"
             ],
             "enable_default_models": false,
             "function_calling_enabled": true,
             "auth_type": "default",
             "scopings": [
              {}
             ],
             "created_at": "2026-02-13T21:27:19.055Z",
             "updated_at": "2026-02-14T08:02:45.310Z",
             "created_by_user_id": "VXNlcjoxOm5OYkM="
            }
           }
          }
         }
        }
       },
       "400": {
        "description": "Invalid request parameters (malformed JSON, wrong type, invalid id format, empty update).",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "emptyUpdate": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
             "title": "Invalid request parameters",
             "status": 400,
             "detail": "At least one updatable field must be provided.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "errors": [
              {
               "pointer": "/body",
               "message": "must have at least one property"
              }
             ]
            }
           }
          }
         }
        }
       },
       "401": {
        "description": "A missing credential, or an Authorization header without the Bearer prefix.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "missing": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#authentication-required",
             "title": "Authentication required",
             "status": 401,
             "detail": "Send the header \"Authorization: Bearer <api key>\""
            }
           }
          }
         }
        }
       },
       "403": {
        "description": "The resource exists but the action is not allowed.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "readOnly": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#access-forbidden",
             "title": "Access forbidden",
             "status": 403,
             "detail": "This API key is read-only"
            }
           }
          }
         }
        }
       },
       "404": {
        "description": "The integration does not exist or belongs to another account.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "unknownId": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#resource-not-found",
             "title": "Resource not found",
             "status": 404,
             "detail": "No AI integration with id TGxtSW50ZWdyYXRpb246OTk6WnpaeA==.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246OTk6WnpaeA=="
            }
           }
          }
         }
        }
       },
       "409": {
        "description": "Another integration of the account already has this name.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "nameTaken": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#resource-conflict",
             "title": "Resource conflict",
             "status": 409,
             "detail": "An AI integration named \"Production OpenAI\" already exists in this account."
            }
           }
          }
         }
        }
       },
       "413": {
        "description": "Decision. The request body is larger than the server accepts.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "tooLarge": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#payload-too-large",
             "title": "Payload too large",
             "status": 413,
             "detail": "The request body exceeds 1048576 bytes."
            }
           }
          }
         }
        }
       },
       "415": {
        "description": "Decision (the public text is silent; a server may answer 400). The body is not sent as\nJSON: its Content-Type is neither `application/json` nor `application/*+json` (or is\nmissing), or names a charset or Content-Encoding the server does not read. The body is not\nread.\n",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "textPlain": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#unsupported-media-type",
             "title": "Unsupported media type",
             "status": 415,
             "detail": "Content-Type text/plain is not JSON: send the body as application/json."
            }
           }
          }
         }
        }
       },
       "422": {
        "description": "The request is well-formed but inconsistent (provider and provider_metadata).",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "missingMetadata": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#unprocessable-entity",
             "title": "Unprocessable Entity",
             "status": 422,
             "detail": "Provider awsBedrock requires provider_metadata of kind aws."
            }
           }
          }
         }
        }
       },
       "429": {
        "description": "Too many requests. Retry after the number of seconds in Retry-After, when it is sent.",
        "headers": {
         "Retry-After": {
          "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
          "required": false,
          "schema": {
           "type": "string",
           "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
          }
         }
        },
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "tooMany": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded",
             "title": "Rate limit exceeded",
             "status": 429,
             "detail": "Retry after 1 second."
            }
           }
          }
         }
        }
       }
      }
     },
     "delete": {
      "operationId": "ai_integrations_delete",
      "summary": "Delete an AI integration",
      "description": "Deletes one AI integration of the caller's account.",
      "tags": [
       "AI integrations"
      ],
      "responses": {
       "204": {
        "description": "Deleted; no body."
       },
       "400": {
        "description": "Invalid request parameters (malformed JSON, wrong type, invalid id format, empty update).",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "emptyUpdate": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
             "title": "Invalid request parameters",
             "status": 400,
             "detail": "At least one updatable field must be provided.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "errors": [
              {
               "pointer": "/body",
               "message": "must have at least one property"
              }
             ]
            }
           }
          }
         }
        }
       },
       "401": {
        "description": "A missing credential, or an Authorization header without the Bearer prefix.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "missing": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#authentication-required",
             "title": "Authentication required",
             "status": 401,
             "detail": "Send the header \"Authorization: Bearer <api key>\""
            }
           }
          }
         }
        }
       },
       "403": {
        "description": "The resource exists but the action is not allowed.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "readOnly": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#access-forbidden",
             "title": "Access forbidden",
             "status": 403,
             "detail": "This API key is read-only"
            }
           }
          }
         }
        }
       },
       "404": {
        "description": "The integration does not exist or belongs to another account.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "unknownId": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#resource-not-found",
             "title": "Resource not found",
             "status": 404,
             "detail": "No AI integration with id TGxtSW50ZWdyYXRpb246OTk6WnpaeA==.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246OTk6WnpaeA=="
            }
           }
          }
         }
        }
       },
       "429": {
        "description": "Too many requests. Retry after the number of seconds in Retry-After, when it is sent.",
        "headers": {
         "Retry-After": {
          "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
          "required": false,
          "schema": {
           "type": "string",
           "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
          }
         }
        },
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "tooMany": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded",
             "title": "Rate limit exceeded",
             "status": 429,
             "detail": "Retry after 1 second."
            }
           }
          }
         }
        }
       }
      }
     }
    }
   },
   "components": {
    "securitySchemes": {
     "bearerAuth": {
      "type": "http",
      "scheme": "bearer",
      "description": "`Authorization: Bearer <api key>`. A missing credential, or an Authorization header without\nthe `Bearer ` prefix, is 401.\n"
     }
    },
    "parameters": {
     "IntegrationId": {
      "name": "integration_id",
      "in": "path",
      "required": true,
      "description": "Opaque base64 id of the integration. Fact: an invalid id format is 400. Decision: a\nwell-formed id that does not exist, or belongs to another account, is 404.\n",
      "schema": {
       "type": "string",
       "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
       "minLength": 4,
       "maxLength": 512,
       "pattern": "^[A-Za-z0-9+/]+={0,2}$",
       "examples": [
        "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
       ]
      },
      "example": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
     },
     "Limit": {
      "name": "limit",
      "in": "query",
      "required": false,
      "description": "Page size.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 100,
       "default": 50
      }
     },
     "Cursor": {
      "name": "cursor",
      "in": "query",
      "required": false,
      "description": "Opaque cursor taken from `pagination.next_cursor` of the previous page.",
      "schema": {
       "type": "string",
       "minLength": 1
      }
     },
     "NameFilter": {
      "name": "name",
      "in": "query",
      "required": false,
      "description": "Case-insensitive substring of the integration name. Decision: at most 255 characters\n(no public source; the conformance kit never sends a longer one).\n",
      "schema": {
       "type": "string",
       "maxLength": 255
      }
     },
     "SpaceIdFilter": {
      "name": "space_id",
      "in": "query",
      "required": false,
      "description": "Only integrations visible in this space.",
      "schema": {
       "type": "string",
       "minLength": 1
      }
     },
     "SpaceNameFilter": {
      "name": "space_name",
      "in": "query",
      "required": false,
      "description": "Only integrations visible in the space of this name.",
      "schema": {
       "type": "string",
       "minLength": 1
      }
     }
    },
    "schemas": {
     "Base64Id": {
      "type": "string",
      "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
      "minLength": 4,
      "maxLength": 512,
      "pattern": "^[A-Za-z0-9+/]+={0,2}$",
      "examples": [
       "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
      ]
     },
     "Timestamp": {
      "type": "string",
      "format": "date-time",
      "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
      "examples": [
       "2026-02-13T21:27:19.055Z"
      ]
     },
     "Provider": {
      "type": "string",
      "description": "The external LLM provider.",
      "enum": [
       "openAI",
       "azureOpenAI",
       "awsBedrock",
       "vertexAI",
       "anthropic",
       "custom",
       "nvidiaNim",
       "gemini"
      ]
     },
     "AuthType": {
      "type": "string",
      "description": "How requests to the provider are authenticated.",
      "enum": [
       "default",
       "proxy_with_headers",
       "bearer_token"
      ]
     },
     "Scoping": {
      "type": "object",
      "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
      "properties": {
       "organization_id": {
        "type": [
         "string",
         "null"
        ],
        "minLength": 1,
        "description": "Base64 id of the organization; null means account-wide."
       },
       "space_id": {
        "type": [
         "string",
         "null"
        ],
        "minLength": 1,
        "description": "Base64 id of the space; null means organization-wide."
       }
      }
     },
     "AwsProviderMetadata": {
      "type": "object",
      "description": "AWS metadata, required for awsBedrock.",
      "required": [
       "kind",
       "role_arn"
      ],
      "properties": {
       "kind": {
        "type": "string",
        "const": "aws"
       },
       "role_arn": {
        "type": "string",
        "minLength": 1,
        "description": "ARN of the IAM role to assume."
       },
       "external_id": {
        "type": [
         "string",
         "null"
        ],
        "description": "External id for the role trust policy."
       }
      }
     },
     "GcpProviderMetadata": {
      "type": "object",
      "description": "GCP metadata, required for vertexAI.",
      "required": [
       "kind",
       "project_id",
       "location",
       "project_access_label"
      ],
      "properties": {
       "kind": {
        "type": "string",
        "const": "gcp"
       },
       "project_id": {
        "type": "string",
        "minLength": 1
       },
       "location": {
        "type": "string",
        "minLength": 1
       },
       "project_access_label": {
        "type": "string",
        "minLength": 1
       }
      }
     },
     "ProviderMetadata": {
      "type": "object",
      "description": "Provider-specific metadata, discriminated by `kind`.",
      "oneOf": [
       {
        "type": "object",
        "description": "AWS metadata, required for awsBedrock.",
        "required": [
         "kind",
         "role_arn"
        ],
        "properties": {
         "kind": {
          "type": "string",
          "const": "aws"
         },
         "role_arn": {
          "type": "string",
          "minLength": 1,
          "description": "ARN of the IAM role to assume."
         },
         "external_id": {
          "type": [
           "string",
           "null"
          ],
          "description": "External id for the role trust policy."
         }
        }
       },
       {
        "type": "object",
        "description": "GCP metadata, required for vertexAI.",
        "required": [
         "kind",
         "project_id",
         "location",
         "project_access_label"
        ],
        "properties": {
         "kind": {
          "type": "string",
          "const": "gcp"
         },
         "project_id": {
          "type": "string",
          "minLength": 1
         },
         "location": {
          "type": "string",
          "minLength": 1
         },
         "project_access_label": {
          "type": "string",
          "minLength": 1
         }
        }
       }
      ],
      "discriminator": {
       "propertyName": "kind",
       "mapping": {
        "aws": "#/components/schemas/AwsProviderMetadata",
        "gcp": "#/components/schemas/GcpProviderMetadata"
       }
      }
     },
     "ScopingInput": {
      "type": "object",
      "description": "A Scoping in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected).\n",
      "allOf": [
       {
        "type": "object",
        "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
        "properties": {
         "organization_id": {
          "type": [
           "string",
           "null"
          ],
          "minLength": 1,
          "description": "Base64 id of the organization; null means account-wide."
         },
         "space_id": {
          "type": [
           "string",
           "null"
          ],
          "minLength": 1,
          "description": "Base64 id of the space; null means organization-wide."
         }
        }
       }
      ],
      "unevaluatedProperties": false
     },
     "ProviderMetadataInput": {
      "type": "object",
      "description": "ProviderMetadata in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected); the properties of the branch `kind` selects are the known ones.\nEach branch closes itself. Not `unevaluatedProperties: false` beside this oneOf: there Ajv 8\nrecords the evaluated properties in a plain object, so a key named like a member of\nObject.prototype (constructor, toString, __proto__, ...) counts as evaluated and gets through\n(the family of ajv-validator/ajv#2664).\n",
      "oneOf": [
       {
        "type": "object",
        "description": "AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
        "allOf": [
         {
          "type": "object",
          "description": "AWS metadata, required for awsBedrock.",
          "required": [
           "kind",
           "role_arn"
          ],
          "properties": {
           "kind": {
            "type": "string",
            "const": "aws"
           },
           "role_arn": {
            "type": "string",
            "minLength": 1,
            "description": "ARN of the IAM role to assume."
           },
           "external_id": {
            "type": [
             "string",
             "null"
            ],
            "description": "External id for the role trust policy."
           }
          }
         }
        ],
        "unevaluatedProperties": false
       },
       {
        "type": "object",
        "description": "GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
        "allOf": [
         {
          "type": "object",
          "description": "GCP metadata, required for vertexAI.",
          "required": [
           "kind",
           "project_id",
           "location",
           "project_access_label"
          ],
          "properties": {
           "kind": {
            "type": "string",
            "const": "gcp"
           },
           "project_id": {
            "type": "string",
            "minLength": 1
           },
           "location": {
            "type": "string",
            "minLength": 1
           },
           "project_access_label": {
            "type": "string",
            "minLength": 1
           }
          }
         }
        ],
        "unevaluatedProperties": false
       }
      ],
      "discriminator": {
       "propertyName": "kind",
       "mapping": {
        "aws": "#/components/schemas/AwsProviderMetadataInput",
        "gcp": "#/components/schemas/GcpProviderMetadataInput"
       }
      }
     },
     "AwsProviderMetadataInput": {
      "type": "object",
      "description": "AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
      "allOf": [
       {
        "type": "object",
        "description": "AWS metadata, required for awsBedrock.",
        "required": [
         "kind",
         "role_arn"
        ],
        "properties": {
         "kind": {
          "type": "string",
          "const": "aws"
         },
         "role_arn": {
          "type": "string",
          "minLength": 1,
          "description": "ARN of the IAM role to assume."
         },
         "external_id": {
          "type": [
           "string",
           "null"
          ],
          "description": "External id for the role trust policy."
         }
        }
       }
      ],
      "unevaluatedProperties": false
     },
     "GcpProviderMetadataInput": {
      "type": "object",
      "description": "GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
      "allOf": [
       {
        "type": "object",
        "description": "GCP metadata, required for vertexAI.",
        "required": [
         "kind",
         "project_id",
         "location",
         "project_access_label"
        ],
        "properties": {
         "kind": {
          "type": "string",
          "const": "gcp"
         },
         "project_id": {
          "type": "string",
          "minLength": 1
         },
         "location": {
          "type": "string",
          "minLength": 1
         },
         "project_access_label": {
          "type": "string",
          "minLength": 1
         }
        }
       }
      ],
      "unevaluatedProperties": false
     },
     "ProviderHeaders": {
      "type": "object",
      "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
      "additionalProperties": {
       "type": "string"
      }
     },
     "AiIntegration": {
      "type": "object",
      "description": "An AI integration. The api key itself is never returned, only `has_api_key`.",
      "required": [
       "id",
       "name",
       "provider",
       "has_api_key",
       "enable_default_models",
       "function_calling_enabled",
       "auth_type",
       "scopings",
       "created_at",
       "updated_at",
       "created_by_user_id"
      ],
      "properties": {
       "id": {
        "type": "string",
        "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
        "minLength": 4,
        "maxLength": 512,
        "pattern": "^[A-Za-z0-9+/]+={0,2}$",
        "examples": [
         "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
        ]
       },
       "name": {
        "type": "string",
        "minLength": 1,
        "description": "Unique within the account."
       },
       "provider": {
        "type": "string",
        "description": "The external LLM provider.",
        "enum": [
         "openAI",
         "azureOpenAI",
         "awsBedrock",
         "vertexAI",
         "anthropic",
         "custom",
         "nvidiaNim",
         "gemini"
        ]
       },
       "has_api_key": {
        "type": "boolean",
        "description": "Whether a key is stored."
       },
       "base_url": {
        "type": [
         "string",
         "null"
        ],
        "description": "Custom base URL."
       },
       "model_names": {
        "type": [
         "array",
         "null"
        ],
        "items": {
         "type": "string"
        },
        "description": "Supported model names."
       },
       "headers": {
        "oneOf": [
         {
          "type": "object",
          "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
          "additionalProperties": {
           "type": "string"
          }
         },
         {
          "type": "null"
         }
        ]
       },
       "enable_default_models": {
        "type": "boolean"
       },
       "function_calling_enabled": {
        "type": "boolean"
       },
       "auth_type": {
        "type": "string",
        "description": "How requests to the provider are authenticated.",
        "enum": [
         "default",
         "proxy_with_headers",
         "bearer_token"
        ]
       },
       "provider_metadata": {
        "oneOf": [
         {
          "type": "object",
          "description": "Provider-specific metadata, discriminated by `kind`.",
          "oneOf": [
           {
            "type": "object",
            "description": "AWS metadata, required for awsBedrock.",
            "required": [
             "kind",
             "role_arn"
            ],
            "properties": {
             "kind": {
              "type": "string",
              "const": "aws"
             },
             "role_arn": {
              "type": "string",
              "minLength": 1,
              "description": "ARN of the IAM role to assume."
             },
             "external_id": {
              "type": [
               "string",
               "null"
              ],
              "description": "External id for the role trust policy."
             }
            }
           },
           {
            "type": "object",
            "description": "GCP metadata, required for vertexAI.",
            "required": [
             "kind",
             "project_id",
             "location",
             "project_access_label"
            ],
            "properties": {
             "kind": {
              "type": "string",
              "const": "gcp"
             },
             "project_id": {
              "type": "string",
              "minLength": 1
             },
             "location": {
              "type": "string",
              "minLength": 1
             },
             "project_access_label": {
              "type": "string",
              "minLength": 1
             }
            }
           }
          ],
          "discriminator": {
           "propertyName": "kind",
           "mapping": {
            "aws": "#/components/schemas/AwsProviderMetadata",
            "gcp": "#/components/schemas/GcpProviderMetadata"
           }
          }
         },
         {
          "type": "null"
         }
        ]
       },
       "scopings": {
        "type": "array",
        "items": {
         "type": "object",
         "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
         "properties": {
          "organization_id": {
           "type": [
            "string",
            "null"
           ],
           "minLength": 1,
           "description": "Base64 id of the organization; null means account-wide."
          },
          "space_id": {
           "type": [
            "string",
            "null"
           ],
           "minLength": 1,
           "description": "Base64 id of the space; null means organization-wide."
          }
         }
        }
       },
       "created_at": {
        "type": "string",
        "format": "date-time",
        "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
        "examples": [
         "2026-02-13T21:27:19.055Z"
        ]
       },
       "updated_at": {
        "type": "string",
        "format": "date-time",
        "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
        "examples": [
         "2026-02-13T21:27:19.055Z"
        ]
       },
       "created_by_user_id": {
        "type": "string",
        "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
        "minLength": 4,
        "maxLength": 512,
        "pattern": "^[A-Za-z0-9+/]+={0,2}$",
        "examples": [
         "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
        ]
       }
      }
     },
     "PaginationMetadata": {
      "type": "object",
      "required": [
       "has_more"
      ],
      "description": "`next_cursor` is present exactly when `has_more` is true.",
      "if": {
       "properties": {
        "has_more": {
         "const": true
        }
       }
      },
      "then": {
       "properties": {
        "next_cursor": true
       },
       "required": [
        "next_cursor"
       ]
      },
      "else": {
       "properties": {
        "next_cursor": false
       }
      },
      "properties": {
       "has_more": {
        "type": "boolean"
       },
       "next_cursor": {
        "type": "string",
        "minLength": 1,
        "description": "Present exactly when has_more is true."
       }
      }
     },
     "AiIntegrationList": {
      "type": "object",
      "required": [
       "ai_integrations",
       "pagination"
      ],
      "properties": {
       "ai_integrations": {
        "type": "array",
        "items": {
         "type": "object",
         "description": "An AI integration. The api key itself is never returned, only `has_api_key`.",
         "required": [
          "id",
          "name",
          "provider",
          "has_api_key",
          "enable_default_models",
          "function_calling_enabled",
          "auth_type",
          "scopings",
          "created_at",
          "updated_at",
          "created_by_user_id"
         ],
         "properties": {
          "id": {
           "type": "string",
           "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
           "minLength": 4,
           "maxLength": 512,
           "pattern": "^[A-Za-z0-9+/]+={0,2}$",
           "examples": [
            "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
           ]
          },
          "name": {
           "type": "string",
           "minLength": 1,
           "description": "Unique within the account."
          },
          "provider": {
           "type": "string",
           "description": "The external LLM provider.",
           "enum": [
            "openAI",
            "azureOpenAI",
            "awsBedrock",
            "vertexAI",
            "anthropic",
            "custom",
            "nvidiaNim",
            "gemini"
           ]
          },
          "has_api_key": {
           "type": "boolean",
           "description": "Whether a key is stored."
          },
          "base_url": {
           "type": [
            "string",
            "null"
           ],
           "description": "Custom base URL."
          },
          "model_names": {
           "type": [
            "array",
            "null"
           ],
           "items": {
            "type": "string"
           },
           "description": "Supported model names."
          },
          "headers": {
           "oneOf": [
            {
             "type": "object",
             "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
             "additionalProperties": {
              "type": "string"
             }
            },
            {
             "type": "null"
            }
           ]
          },
          "enable_default_models": {
           "type": "boolean"
          },
          "function_calling_enabled": {
           "type": "boolean"
          },
          "auth_type": {
           "type": "string",
           "description": "How requests to the provider are authenticated.",
           "enum": [
            "default",
            "proxy_with_headers",
            "bearer_token"
           ]
          },
          "provider_metadata": {
           "oneOf": [
            {
             "type": "object",
             "description": "Provider-specific metadata, discriminated by `kind`.",
             "oneOf": [
              {
               "type": "object",
               "description": "AWS metadata, required for awsBedrock.",
               "required": [
                "kind",
                "role_arn"
               ],
               "properties": {
                "kind": {
                 "type": "string",
                 "const": "aws"
                },
                "role_arn": {
                 "type": "string",
                 "minLength": 1,
                 "description": "ARN of the IAM role to assume."
                },
                "external_id": {
                 "type": [
                  "string",
                  "null"
                 ],
                 "description": "External id for the role trust policy."
                }
               }
              },
              {
               "type": "object",
               "description": "GCP metadata, required for vertexAI.",
               "required": [
                "kind",
                "project_id",
                "location",
                "project_access_label"
               ],
               "properties": {
                "kind": {
                 "type": "string",
                 "const": "gcp"
                },
                "project_id": {
                 "type": "string",
                 "minLength": 1
                },
                "location": {
                 "type": "string",
                 "minLength": 1
                },
                "project_access_label": {
                 "type": "string",
                 "minLength": 1
                }
               }
              }
             ],
             "discriminator": {
              "propertyName": "kind",
              "mapping": {
               "aws": "#/components/schemas/AwsProviderMetadata",
               "gcp": "#/components/schemas/GcpProviderMetadata"
              }
             }
            },
            {
             "type": "null"
            }
           ]
          },
          "scopings": {
           "type": "array",
           "items": {
            "type": "object",
            "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
            "properties": {
             "organization_id": {
              "type": [
               "string",
               "null"
              ],
              "minLength": 1,
              "description": "Base64 id of the organization; null means account-wide."
             },
             "space_id": {
              "type": [
               "string",
               "null"
              ],
              "minLength": 1,
              "description": "Base64 id of the space; null means organization-wide."
             }
            }
           }
          },
          "created_at": {
           "type": "string",
           "format": "date-time",
           "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
           "examples": [
            "2026-02-13T21:27:19.055Z"
           ]
          },
          "updated_at": {
           "type": "string",
           "format": "date-time",
           "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
           "examples": [
            "2026-02-13T21:27:19.055Z"
           ]
          },
          "created_by_user_id": {
           "type": "string",
           "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
           "minLength": 4,
           "maxLength": 512,
           "pattern": "^[A-Za-z0-9+/]+={0,2}$",
           "examples": [
            "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
           ]
          }
         }
        }
       },
       "pagination": {
        "type": "object",
        "required": [
         "has_more"
        ],
        "description": "`next_cursor` is present exactly when `has_more` is true.",
        "if": {
         "properties": {
          "has_more": {
           "const": true
          }
         }
        },
        "then": {
         "properties": {
          "next_cursor": true
         },
         "required": [
          "next_cursor"
         ]
        },
        "else": {
         "properties": {
          "next_cursor": false
         }
        },
        "properties": {
         "has_more": {
          "type": "boolean"
         },
         "next_cursor": {
          "type": "string",
          "minLength": 1,
          "description": "Present exactly when has_more is true."
         }
        }
       }
      }
     },
     "CreateAiIntegrationRequest": {
      "type": "object",
      "description": "`name` and `provider` are required. Defaults: enable_default_models false,\nfunction_calling_enabled true, auth_type default, scopings account-wide.\nFact: no field of the create body is nullable (a null is 400, rule types-enforced).\nDecision: unknown properties are rejected (`additionalProperties: false`, rule\nunknown-properties-rejected) and strings are non-empty (`minLength`, rule\nnon-empty-strings); the conformance kit checks both only with --strict.\n",
      "additionalProperties": false,
      "required": [
       "name",
       "provider"
      ],
      "properties": {
       "name": {
        "type": "string",
        "minLength": 1
       },
       "provider": {
        "type": "string",
        "description": "The external LLM provider.",
        "enum": [
         "openAI",
         "azureOpenAI",
         "awsBedrock",
         "vertexAI",
         "anthropic",
         "custom",
         "nvidiaNim",
         "gemini"
        ]
       },
       "api_key": {
        "type": "string",
        "minLength": 1,
        "writeOnly": true,
        "description": "Stored, never returned."
       },
       "base_url": {
        "type": "string"
       },
       "model_names": {
        "type": "array",
        "items": {
         "type": "string"
        }
       },
       "headers": {
        "type": "object",
        "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
        "additionalProperties": {
         "type": "string"
        }
       },
       "enable_default_models": {
        "type": "boolean"
       },
       "function_calling_enabled": {
        "type": "boolean"
       },
       "auth_type": {
        "type": "string",
        "description": "How requests to the provider are authenticated.",
        "enum": [
         "default",
         "proxy_with_headers",
         "bearer_token"
        ]
       },
       "provider_metadata": {
        "type": "object",
        "description": "ProviderMetadata in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected); the properties of the branch `kind` selects are the known ones.\nEach branch closes itself. Not `unevaluatedProperties: false` beside this oneOf: there Ajv 8\nrecords the evaluated properties in a plain object, so a key named like a member of\nObject.prototype (constructor, toString, __proto__, ...) counts as evaluated and gets through\n(the family of ajv-validator/ajv#2664).\n",
        "oneOf": [
         {
          "type": "object",
          "description": "AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
          "allOf": [
           {
            "type": "object",
            "description": "AWS metadata, required for awsBedrock.",
            "required": [
             "kind",
             "role_arn"
            ],
            "properties": {
             "kind": {
              "type": "string",
              "const": "aws"
             },
             "role_arn": {
              "type": "string",
              "minLength": 1,
              "description": "ARN of the IAM role to assume."
             },
             "external_id": {
              "type": [
               "string",
               "null"
              ],
              "description": "External id for the role trust policy."
             }
            }
           }
          ],
          "unevaluatedProperties": false
         },
         {
          "type": "object",
          "description": "GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
          "allOf": [
           {
            "type": "object",
            "description": "GCP metadata, required for vertexAI.",
            "required": [
             "kind",
             "project_id",
             "location",
             "project_access_label"
            ],
            "properties": {
             "kind": {
              "type": "string",
              "const": "gcp"
             },
             "project_id": {
              "type": "string",
              "minLength": 1
             },
             "location": {
              "type": "string",
              "minLength": 1
             },
             "project_access_label": {
              "type": "string",
              "minLength": 1
             }
            }
           }
          ],
          "unevaluatedProperties": false
         }
        ],
        "discriminator": {
         "propertyName": "kind",
         "mapping": {
          "aws": "#/components/schemas/AwsProviderMetadataInput",
          "gcp": "#/components/schemas/GcpProviderMetadataInput"
         }
        }
       },
       "scopings": {
        "type": "array",
        "items": {
         "type": "object",
         "description": "A Scoping in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected).\n",
         "allOf": [
          {
           "type": "object",
           "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
           "properties": {
            "organization_id": {
             "type": [
              "string",
              "null"
             ],
             "minLength": 1,
             "description": "Base64 id of the organization; null means account-wide."
            },
            "space_id": {
             "type": [
              "string",
              "null"
             ],
             "minLength": 1,
             "description": "Base64 id of the space; null means organization-wide."
            }
           }
          }
         ],
         "unevaluatedProperties": false
        }
       }
      }
     },
     "UpdateAiIntegrationRequest": {
      "type": "object",
      "description": "Every field is optional, but at least one must be provided (rule non-empty). Only api_key,\nbase_url, headers and provider_metadata are nullable; null removes them. Decision: unknown\nproperties are rejected.\n",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
       "name": {
        "type": "string",
        "minLength": 1,
        "description": "Must be unique within the account (rule name-unique)."
       },
       "provider": {
        "type": "string",
        "description": "The external LLM provider.",
        "enum": [
         "openAI",
         "azureOpenAI",
         "awsBedrock",
         "vertexAI",
         "anthropic",
         "custom",
         "nvidiaNim",
         "gemini"
        ]
       },
       "api_key": {
        "type": [
         "string",
         "null"
        ],
        "minLength": 1,
        "writeOnly": true,
        "description": "A string sets the key, null removes it, omitted keeps it. Never returned."
       },
       "base_url": {
        "type": [
         "string",
         "null"
        ],
        "description": "null clears it."
       },
       "model_names": {
        "type": "array",
        "items": {
         "type": "string"
        },
        "description": "Replaces the whole list."
       },
       "headers": {
        "description": "Replaces the whole map (Decision); null clears it.",
        "oneOf": [
         {
          "type": "object",
          "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
          "additionalProperties": {
           "type": "string"
          }
         },
         {
          "type": "null"
         }
        ]
       },
       "enable_default_models": {
        "type": "boolean"
       },
       "function_calling_enabled": {
        "type": "boolean"
       },
       "auth_type": {
        "type": "string",
        "description": "How requests to the provider are authenticated.",
        "enum": [
         "default",
         "proxy_with_headers",
         "bearer_token"
        ]
       },
       "provider_metadata": {
        "description": "Replaces the stored object (no deep merge); null clears it.",
        "oneOf": [
         {
          "type": "object",
          "description": "ProviderMetadata in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected); the properties of the branch `kind` selects are the known ones.\nEach branch closes itself. Not `unevaluatedProperties: false` beside this oneOf: there Ajv 8\nrecords the evaluated properties in a plain object, so a key named like a member of\nObject.prototype (constructor, toString, __proto__, ...) counts as evaluated and gets through\n(the family of ajv-validator/ajv#2664).\n",
          "oneOf": [
           {
            "type": "object",
            "description": "AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
            "allOf": [
             {
              "type": "object",
              "description": "AWS metadata, required for awsBedrock.",
              "required": [
               "kind",
               "role_arn"
              ],
              "properties": {
               "kind": {
                "type": "string",
                "const": "aws"
               },
               "role_arn": {
                "type": "string",
                "minLength": 1,
                "description": "ARN of the IAM role to assume."
               },
               "external_id": {
                "type": [
                 "string",
                 "null"
                ],
                "description": "External id for the role trust policy."
               }
              }
             }
            ],
            "unevaluatedProperties": false
           },
           {
            "type": "object",
            "description": "GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
            "allOf": [
             {
              "type": "object",
              "description": "GCP metadata, required for vertexAI.",
              "required": [
               "kind",
               "project_id",
               "location",
               "project_access_label"
              ],
              "properties": {
               "kind": {
                "type": "string",
                "const": "gcp"
               },
               "project_id": {
                "type": "string",
                "minLength": 1
               },
               "location": {
                "type": "string",
                "minLength": 1
               },
               "project_access_label": {
                "type": "string",
                "minLength": 1
               }
              }
             }
            ],
            "unevaluatedProperties": false
           }
          ],
          "discriminator": {
           "propertyName": "kind",
           "mapping": {
            "aws": "#/components/schemas/AwsProviderMetadataInput",
            "gcp": "#/components/schemas/GcpProviderMetadataInput"
           }
          }
         },
         {
          "type": "null"
         }
        ]
       },
       "scopings": {
        "type": "array",
        "items": {
         "type": "object",
         "description": "A Scoping in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected).\n",
         "allOf": [
          {
           "type": "object",
           "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
           "properties": {
            "organization_id": {
             "type": [
              "string",
              "null"
             ],
             "minLength": 1,
             "description": "Base64 id of the organization; null means account-wide."
            },
            "space_id": {
             "type": [
              "string",
              "null"
             ],
             "minLength": 1,
             "description": "Base64 id of the space; null means organization-wide."
            }
           }
          }
         ],
         "unevaluatedProperties": false
        },
        "description": "Replaces all rules."
       }
      }
     },
     "ValidationIssue": {
      "type": "object",
      "description": "One offending field of a rejected request (Decision, a problem+json extension).",
      "required": [
       "pointer",
       "message"
      ],
      "properties": {
       "pointer": {
        "type": "string",
        "description": "JSON pointer into the request (body, query or path)."
       },
       "message": {
        "type": "string"
       }
      }
     },
     "Problem": {
      "type": "object",
      "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
      "required": [
       "title",
       "status"
      ],
      "properties": {
       "type": {
        "type": "string",
        "format": "uri-reference",
        "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
       },
       "title": {
        "type": "string"
       },
       "status": {
        "type": "integer",
        "minimum": 400,
        "maximum": 599
       },
       "detail": {
        "type": "string"
       },
       "instance": {
        "type": "string"
       },
       "errors": {
        "type": "array",
        "description": "Decision, extension member. The offending fields of a validation error.",
        "items": {
         "type": "object",
         "description": "One offending field of a rejected request (Decision, a problem+json extension).",
         "required": [
          "pointer",
          "message"
         ],
         "properties": {
          "pointer": {
           "type": "string",
           "description": "JSON pointer into the request (body, query or path)."
          },
          "message": {
           "type": "string"
          }
         }
        }
       }
      }
     }
    },
    "headers": {
     "RetryAfter": {
      "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
      "required": false,
      "schema": {
       "type": "string",
       "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
      }
     }
    },
    "examples": {
     "AiIntegrationOpenAI": {
      "summary": "An OpenAI integration with a key and two models",
      "value": {
       "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
       "name": "Production OpenAI",
       "provider": "openAI",
       "has_api_key": true,
       "model_names": [
        "gpt-4o",
        "gpt-4o-mini"
       ],
       "enable_default_models": false,
       "function_calling_enabled": true,
       "auth_type": "default",
       "scopings": [
        {}
       ],
       "created_at": "2026-02-13T21:27:19.055Z",
       "updated_at": "2026-02-13T21:27:19.055Z",
       "created_by_user_id": "VXNlcjoxOm5OYkM="
      }
     }
    },
    "responses": {
     "InvalidRequest": {
      "description": "Invalid request parameters (malformed JSON, wrong type, invalid id format, empty update).",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "emptyUpdate": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
           "title": "Invalid request parameters",
           "status": 400,
           "detail": "At least one updatable field must be provided.",
           "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
           "errors": [
            {
             "pointer": "/body",
             "message": "must have at least one property"
            }
           ]
          }
         }
        }
       }
      }
     },
     "AuthenticationRequired": {
      "description": "A missing credential, or an Authorization header without the Bearer prefix.",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "missing": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#authentication-required",
           "title": "Authentication required",
           "status": 401,
           "detail": "Send the header \"Authorization: Bearer <api key>\""
          }
         }
        }
       }
      }
     },
     "AccessForbidden": {
      "description": "The resource exists but the action is not allowed.",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "readOnly": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#access-forbidden",
           "title": "Access forbidden",
           "status": 403,
           "detail": "This API key is read-only"
          }
         }
        }
       }
      }
     },
     "ResourceNotFound": {
      "description": "The integration does not exist or belongs to another account.",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "unknownId": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#resource-not-found",
           "title": "Resource not found",
           "status": 404,
           "detail": "No AI integration with id TGxtSW50ZWdyYXRpb246OTk6WnpaeA==.",
           "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246OTk6WnpaeA=="
          }
         }
        }
       }
      }
     },
     "ResourceConflict": {
      "description": "Another integration of the account already has this name.",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "nameTaken": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#resource-conflict",
           "title": "Resource conflict",
           "status": 409,
           "detail": "An AI integration named \"Production OpenAI\" already exists in this account."
          }
         }
        }
       }
      }
     },
     "PayloadTooLarge": {
      "description": "Decision. The request body is larger than the server accepts.",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "tooLarge": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#payload-too-large",
           "title": "Payload too large",
           "status": 413,
           "detail": "The request body exceeds 1048576 bytes."
          }
         }
        }
       }
      }
     },
     "UnsupportedMediaType": {
      "description": "Decision (the public text is silent; a server may answer 400). The body is not sent as\nJSON: its Content-Type is neither `application/json` nor `application/*+json` (or is\nmissing), or names a charset or Content-Encoding the server does not read. The body is not\nread.\n",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "textPlain": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#unsupported-media-type",
           "title": "Unsupported media type",
           "status": 415,
           "detail": "Content-Type text/plain is not JSON: send the body as application/json."
          }
         }
        }
       }
      }
     },
     "UnprocessableEntity": {
      "description": "The request is well-formed but inconsistent (provider and provider_metadata).",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "missingMetadata": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#unprocessable-entity",
           "title": "Unprocessable Entity",
           "status": 422,
           "detail": "Provider awsBedrock requires provider_metadata of kind aws."
          }
         }
        }
       }
      }
     },
     "RateLimitExceeded": {
      "description": "Too many requests. Retry after the number of seconds in Retry-After, when it is sent.",
      "headers": {
       "Retry-After": {
        "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
        "required": false,
        "schema": {
         "type": "string",
         "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
        }
       }
      },
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "tooMany": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded",
           "title": "Rate limit exceeded",
           "status": 429,
           "detail": "Retry after 1 second."
          }
         }
        }
       }
      }
     }
    }
   },
   "x-edition": "camel"
  }
 },
 "upper": {
  "sourceSha256": "9ef995c8c153abff8e27896354c8b19f083b4f7597cb67ef08b2d9cb6c68c08f",
  "edition": "upper",
  "document": {
   "openapi": "3.1.0",
   "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
   "info": {
    "title": "Arize AX REST API v2 - AI integrations",
    "version": "2.0.0",
    "summary": "Contract of the AI integrations resource, with the partial-update rules made machine-readable.",
    "description": "An AI integration configures access to an external LLM provider. It is owned by an account and\ncarries visibility scopings (account-wide, one organization, or one space).\n\nThis document is the single source of truth of the project: the mock, the generators and the\nconformance kit are driven by it. Statements marked **Fact** come from Arize's published docs\nand generated clients; statements marked **Decision** are this project's own choices where the\npublic material is silent.\n\nThe update rules that JSON Schema cannot express are listed, machine-readable, in the\n`x-contract-rules` extension of the create and update operations (see `spec/RULES.md` for the\ngenerated table). Each rule names its contract clause, whether it is a fact or a decision, the\nfields it concerns and the status a violation gets.\n",
    "license": {
     "name": "MIT",
     "identifier": "MIT"
    }
   },
   "servers": [
    {
     "url": "http://127.0.0.1:4010",
     "description": "The project's local mock (aic mock)"
    }
   ],
   "security": [
    {
     "bearerAuth": []
    }
   ],
   "x-problem-types": {
    "base": "https://arize.com/docs/ax/rest-reference/errors#",
    "types": [
     {
      "status": 400,
      "slug": "invalid-request",
      "title": "Invalid request parameters"
     },
     {
      "status": 401,
      "slug": "authentication-required",
      "title": "Authentication required"
     },
     {
      "status": 403,
      "slug": "access-forbidden",
      "title": "Access forbidden"
     },
     {
      "status": 404,
      "slug": "resource-not-found",
      "title": "Resource not found"
     },
     {
      "status": 405,
      "slug": "method-not-allowed",
      "title": "Method not allowed",
      "origin": "decision"
     },
     {
      "status": 409,
      "slug": "resource-conflict",
      "title": "Resource conflict"
     },
     {
      "status": 413,
      "slug": "payload-too-large",
      "title": "Payload too large",
      "origin": "decision"
     },
     {
      "status": 415,
      "slug": "unsupported-media-type",
      "title": "Unsupported media type",
      "origin": "decision"
     },
     {
      "status": 422,
      "slug": "unprocessable-entity",
      "title": "Unprocessable Entity"
     },
     {
      "status": 429,
      "slug": "rate-limit-exceeded",
      "title": "Rate limit exceeded"
     }
    ]
   },
   "x-editions": {
    "default": "camel",
    "editions": {
     "camel": {
      "summary": "The seed's spelling (camelCase providers, lower-case auth types and metadata kinds); the project's default.",
      "operationIds": {
       "list": "ai_integrations_list",
       "create": "ai_integrations_create",
       "get": "ai_integrations_get",
       "update": "ai_integrations_update",
       "delete": "ai_integrations_delete"
      }
     },
     "upper": {
      "summary": "Arize's current spelling (upper snake case), the one @arizeai/ax-client 1.28 types.",
      "operationIds": {
       "list": "list_ai_integrations",
       "create": "create_ai_integration",
       "get": "get_ai_integration",
       "update": "update_ai_integration",
       "delete": "delete_ai_integration"
      },
      "spellings": {
       "provider": {
        "openAI": "OPEN_AI",
        "azureOpenAI": "AZURE_OPEN_AI",
        "awsBedrock": "AWS_BEDROCK",
        "vertexAI": "VERTEX_AI",
        "anthropic": "ANTHROPIC",
        "custom": "CUSTOM",
        "nvidiaNim": "NVIDIA_NIM",
        "gemini": "GEMINI"
       },
       "auth_type": {
        "default": "DEFAULT",
        "proxy_with_headers": "PROXY_WITH_HEADERS",
        "bearer_token": "BEARER_TOKEN"
       },
       "kind": {
        "aws": "AWS",
        "gcp": "GCP"
       }
      },
      "addResponses": {
       "list": {
        "404": {
         "description": "A scoped resource named by a filter (such as `space_id`) is missing or not visible to the caller.",
         "content": {
          "application/problem+json": {
           "schema": {
            "$ref": "#/components/schemas/Problem"
           }
          }
         }
        }
       }
      }
     }
    }
   },
   "tags": [
    {
     "name": "AI integrations",
     "description": "Configure access to external LLM providers."
    }
   ],
   "paths": {
    "/v2/ai-integrations": {
     "get": {
      "operationId": "list_ai_integrations",
      "summary": "List AI integrations",
      "description": "Lists the AI integrations of the caller's account, newest first, with cursor pagination.\n`pagination.next_cursor` is present exactly when `pagination.has_more` is true.\n",
      "tags": [
       "AI integrations"
      ],
      "x-contract-rules": [
       {
        "id": "list-pagination",
        "contract": "Operations, list",
        "kit": "Pages through each listing: every integration once, none that misses the filter, order not checked; a smaller largest page (a limit clamped) passes. Also across an account grown past the largest page (beyond-one-page).",
        "origin": "fact",
        "status": 200,
        "summary": "Pages are newest first and hold each integration once; next_cursor is present exactly when has_more is true.",
        "details": "`limit` is 1..100 (default 50): a value outside is 400 and changes nothing. The cursor is\nopaque: only a value the server returned in `pagination.next_cursor` continues a listing.\n"
       },
       {
        "id": "list-name-filter",
        "contract": "Operations, list",
        "kit": "As stated, with the name filter in the same, upper, lower case and as an inner part of a name; with names holding `%`, `_`, `\\`, `.*[ ]`, quotes or non-ASCII (filtered in upper case), and a filter at its maxLength, each beside decoys that only a pattern or an accent-folding collation would match; also for a name past the first page of the account.",
        "origin": "fact",
        "status": 200,
        "summary": "The name filter keeps the integrations whose name contains it, ignoring case."
       }
      ],
      "parameters": [
       {
        "$ref": "#/components/parameters/Limit"
       },
       {
        "$ref": "#/components/parameters/Cursor"
       },
       {
        "$ref": "#/components/parameters/NameFilter"
       },
       {
        "$ref": "#/components/parameters/SpaceIdFilter"
       },
       {
        "$ref": "#/components/parameters/SpaceNameFilter"
       }
      ],
      "responses": {
       "200": {
        "description": "A page of AI integrations.",
        "content": {
         "application/json": {
          "schema": {
           "$ref": "#/components/schemas/AiIntegrationList"
          },
          "examples": {
           "firstPage": {
            "summary": "A first page with more to come",
            "value": {
             "ai_integrations": [
              {
               "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
               "name": "Production OpenAI",
               "provider": "OPEN_AI",
               "has_api_key": true,
               "model_names": [
                "gpt-4o",
                "gpt-4o-mini"
               ],
               "enable_default_models": false,
               "function_calling_enabled": true,
               "auth_type": "DEFAULT",
               "scopings": [
                {}
               ],
               "created_at": "2026-02-13T21:27:19.055Z",
               "updated_at": "2026-02-13T21:27:19.055Z",
               "created_by_user_id": "VXNlcjoxOm5OYkM="
              }
             ],
             "pagination": {
              "has_more": true,
              "next_cursor": "Y3Vyc29yOjEy"
             }
            }
           }
          }
         }
        }
       },
       "400": {
        "$ref": "#/components/responses/InvalidRequest"
       },
       "401": {
        "$ref": "#/components/responses/AuthenticationRequired"
       },
       "403": {
        "$ref": "#/components/responses/AccessForbidden"
       },
       "404": {
        "description": "A scoped resource named by a filter (such as `space_id`) is missing or not visible to the caller.",
        "content": {
         "application/problem+json": {
          "schema": {
           "$ref": "#/components/schemas/Problem"
          }
         }
        }
       },
       "429": {
        "$ref": "#/components/responses/RateLimitExceeded"
       }
      }
     },
     "post": {
      "operationId": "create_ai_integration",
      "summary": "Create an AI integration",
      "description": "Creates an AI integration in the caller's account. `name` and `provider` are required.\nDefaults (Fact): `enable_default_models: false`, `function_calling_enabled: true`,\n`auth_type: DEFAULT`; omitted `scopings` mean account-wide. `api_key` is write-only.\n",
      "tags": [
       "AI integrations"
      ],
      "x-contract-rules": [
       {
        "id": "create-name-unique",
        "contract": "Operations, create",
        "kit": "A 409, and nothing listed under the name, also for a name past the first page of the account and for creates sent at the same moment (exactly one succeeds). Names that differ only in case are not checked.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 409,
        "problem": "resource-conflict",
        "fields": [
         "name"
        ],
        "summary": "The name must be unique within the account.",
        "details": "Decision: exact, case-sensitive comparison with the names of the other integrations of\nthe same account; the same name in another account is allowed.\n"
       },
       {
        "id": "create-provider-consistency",
        "contract": "Resource, provider_metadata",
        "kit": "A 422 for metadata omitted or of the other kind; a 400 or a 422 for `null`; nothing created.",
        "origin": "fact",
        "status": 422,
        "problem": "unprocessable-entity",
        "fields": [
         "provider",
         "provider_metadata"
        ],
        "summary": "AWS_BEDROCK needs AWS provider metadata, VERTEX_AI needs GCP provider metadata.",
        "details": "Metadata omitted or of the other kind is 422. Metadata `null` is also refused, but the\ncreate body has no nullable field, so a server may answer it 400 (rule types-enforced)\nas the mock does, or 422: the conformance kit accepts either without --strict.\n",
        "params": {
         "requiredMetadataKind": {
          "AWS_BEDROCK": "AWS",
          "VERTEX_AI": "GCP"
         }
        }
       },
       {
        "id": "model-source-optional",
        "contract": "Operations, create (hint from the guides)",
        "kit": "Never creates such an integration; a PATCH that would leave one may get a 4xx that changes nothing.",
        "origin": "decision",
        "strict": true,
        "status": 201,
        "fields": [
         "provider",
         "enable_default_models",
         "model_names"
        ],
        "summary": "AWS_BEDROCK and VERTEX_AI integrations are accepted without a model source.",
        "details": "A model source is `enable_default_models: true` or a non-empty `model_names`. Arize's\nguides say a server rejects AWS_BEDROCK without one; the public spec is silent. The mock\naccepts it. The conformance kit never creates such an integration, and without --strict\naccepts a 4xx that changes nothing for a PATCH that would leave one.\n",
        "params": {
         "providers": [
          "AWS_BEDROCK",
          "VERTEX_AI"
         ]
        }
       },
       {
        "id": "create-defaults",
        "contract": "Operations, create",
        "kit": "As stated, in the 201 body and on GET; `[{}]` equals a scoping of nulls.",
        "origin": "fact",
        "status": 201,
        "fields": [
         "enable_default_models",
         "function_calling_enabled",
         "auth_type",
         "scopings"
        ],
        "summary": "Omitted optional fields take their documented defaults.",
        "params": {
         "defaults": {
          "enable_default_models": false,
          "function_calling_enabled": true,
          "auth_type": "DEFAULT",
          "scopings": [
           {}
          ]
         }
        }
       },
       {
        "id": "create-api-key-write-only",
        "contract": "Operations, create",
        "kit": "As stated: has_api_key true, the key in no response (201, GET, list).",
        "origin": "fact",
        "status": 201,
        "fields": [
         "api_key"
        ],
        "summary": "A given api_key is stored (has_api_key true) and never returned."
       },
       {
        "id": "create-headers-size-limit",
        "contract": "Update rule 11",
        "kit": "Not checked: the kit never sends an oversized map on create.",
        "origin": "decision",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "headers"
        ],
        "summary": "The serialized headers map must not exceed 8,175 bytes.",
        "details": "Decision: the limit of update rule 11 applies to create as well, with the same 400.\n",
        "params": {
         "maxBytes": 8175
        }
       }
      ],
      "requestBody": {
       "required": true,
       "content": {
        "application/json": {
         "schema": {
          "$ref": "#/components/schemas/CreateAiIntegrationRequest"
         },
         "examples": {
          "openAI": {
           "summary": "An OpenAI integration with a key",
           "value": {
            "name": "Production OpenAI",
            "provider": "OPEN_AI",
            "api_key": "sk-example-not-a-real-key",
            "model_names": [
             "gpt-4o",
             "gpt-4o-mini"
            ]
           }
          },
          "awsBedrock": {
           "summary": "An AWS Bedrock integration assuming a role",
           "value": {
            "name": "Bedrock (us-east-1)",
            "provider": "AWS_BEDROCK",
            "provider_metadata": {
             "kind": "AWS",
             "role_arn": "arn:aws:iam::123456789012:role/ArizeBedrock",
             "external_id": "arize-external-id"
            }
           }
          },
          "vertexAI": {
           "summary": "A Vertex AI integration scoped to one space",
           "value": {
            "name": "Vertex AI (europe-west4)",
            "provider": "VERTEX_AI",
            "provider_metadata": {
             "kind": "GCP",
             "project_id": "my-gcp-project",
             "location": "europe-west4",
             "project_access_label": "ml-team"
            },
            "scopings": [
             {
              "organization_id": "T3JnYW5pemF0aW9uOjE6YUJjRA==",
              "space_id": "U3BhY2U6NzphQmNE"
             }
            ]
           }
          }
         }
        }
       }
      },
      "responses": {
       "201": {
        "description": "The created AI integration.",
        "content": {
         "application/json": {
          "schema": {
           "$ref": "#/components/schemas/AiIntegration"
          },
          "examples": {
           "created": {
            "$ref": "#/components/examples/AiIntegrationOpenAI"
           }
          }
         }
        }
       },
       "400": {
        "$ref": "#/components/responses/InvalidRequest"
       },
       "401": {
        "$ref": "#/components/responses/AuthenticationRequired"
       },
       "403": {
        "$ref": "#/components/responses/AccessForbidden"
       },
       "404": {
        "$ref": "#/components/responses/ResourceNotFound"
       },
       "409": {
        "$ref": "#/components/responses/ResourceConflict"
       },
       "413": {
        "$ref": "#/components/responses/PayloadTooLarge"
       },
       "415": {
        "$ref": "#/components/responses/UnsupportedMediaType"
       },
       "422": {
        "$ref": "#/components/responses/UnprocessableEntity"
       },
       "429": {
        "$ref": "#/components/responses/RateLimitExceeded"
       }
      }
     }
    },
    "/v2/ai-integrations/{integration_id}": {
     "parameters": [
      {
       "$ref": "#/components/parameters/IntegrationId"
      }
     ],
     "get": {
      "operationId": "get_ai_integration",
      "summary": "Get an AI integration",
      "description": "Returns one AI integration of the caller's account. Decision: an id of another account is\n404, exactly like an id that does not exist.\n",
      "tags": [
       "AI integrations"
      ],
      "responses": {
       "200": {
        "description": "The AI integration.",
        "content": {
         "application/json": {
          "schema": {
           "$ref": "#/components/schemas/AiIntegration"
          },
          "examples": {
           "openAI": {
            "$ref": "#/components/examples/AiIntegrationOpenAI"
           }
          }
         }
        }
       },
       "400": {
        "$ref": "#/components/responses/InvalidRequest"
       },
       "401": {
        "$ref": "#/components/responses/AuthenticationRequired"
       },
       "404": {
        "$ref": "#/components/responses/ResourceNotFound"
       },
       "429": {
        "$ref": "#/components/responses/RateLimitExceeded"
       }
      }
     },
     "patch": {
      "operationId": "update_ai_integration",
      "summary": "Update an AI integration",
      "description": "Partial update. Only the fields present in the body change; at least one updatable field\nmust be provided. The full rule set is in `x-contract-rules` (table: `spec/RULES.md`).\nThe 200 response is the whole updated integration; a GET right after returns the same.\n",
      "tags": [
       "AI integrations"
      ],
      "x-contract-rules": [
       {
        "id": "non-empty",
        "contract": "Update rule 1",
        "kit": "A 4xx (exactly 400 with --strict), and the integration unchanged: the status of an empty body is a decision.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "summary": "At least one updatable field must be provided; `{}` is invalid.",
        "details": "Decision: a body holding only unknown properties is also 400 invalid-request.\n"
       },
       {
        "id": "omitted-unchanged",
        "contract": "Update rule 2",
        "kit": "As stated, by meaning (absent equals null, lists as sets, extra members ignored); also for PATCHes of disjoint fields sent at the same moment (no update lost, in some order).",
        "origin": "fact",
        "status": 200,
        "summary": "Fields omitted from the body are left unchanged."
       },
       {
        "id": "name-unique",
        "contract": "Update rule 3",
        "kit": "A 409 and both integrations unchanged, also onto a name past the first page of the account; of renames and creates onto one name sent at the same moment exactly one succeeds. Names that differ only in case are not checked.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 409,
        "problem": "resource-conflict",
        "fields": [
         "name"
        ],
        "summary": "A provided name must be unique within the account.",
        "details": "Decision: 409 when another integration of the same account has exactly that name\n(case-sensitive); renaming an integration to its own current name succeeds; the same\nname in another account succeeds.\n"
       },
       {
        "id": "api-key",
        "contract": "Update rule 4",
        "kit": "As stated; no response holds a key sent, nor the caller's credential.",
        "origin": "fact",
        "status": 200,
        "fields": [
         "api_key"
        ],
        "summary": "A string sets the key (has_api_key true), null removes it (has_api_key false), omitted keeps it.",
        "details": "The key is never returned: in no response, list, error or log line.\n"
       },
       {
        "id": "null-clears",
        "contract": "Update rule 5",
        "kit": "Absent and null both count as cleared. provider_metadata is cleared only where the target accepts metadata on a provider that needs none.",
        "origin": "fact",
        "status": 200,
        "fields": [
         "base_url",
         "headers",
         "provider_metadata"
        ],
        "summary": "base_url, headers and provider_metadata set to null are removed.",
        "details": "Responses then show them absent or null; the two are equal when comparing.\n"
       },
       {
        "id": "replace-all",
        "contract": "Update rule 6",
        "kit": "As stated, lists compared as sets; scopings use only the ids given with --organization-id and --space-id (account-wide otherwise).",
        "origin": "fact",
        "status": 200,
        "fields": [
         "model_names",
         "scopings",
         "provider_metadata"
        ],
        "summary": "model_names, scopings and provider_metadata replace the stored value wholesale (no merge).",
        "details": "An empty list is valid (the schemas set no minimum) and replaces the list with an empty\none: `scopings: []` leaves an integration with no visibility rule, listed without a space\nfilter and under no space's.\n"
       },
       {
        "id": "headers-replace",
        "contract": "Update rule 6",
        "kit": "Not checked: every header sent must be in the result, so a merge passes.",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "headers"
        ],
        "summary": "headers replaces the whole stored map (no merge).",
        "details": "The public text does not say; the conformance kit checks it only in strict mode.\n"
       },
       {
        "id": "empty-scopings-stored",
        "contract": "Update rule 6",
        "kit": "Not checked: `scopings: []` may come back as `[]` or as one account-wide scoping (the two compare equal).",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "scopings"
        ],
        "summary": "`scopings: []` stores an empty list, shown as `[]`.",
        "details": "The public text does not say whether an empty list is stored as sent or read as\naccount-wide; a server that answers one account-wide scoping (the create default) is\nalso faithful. The conformance kit tells the two apart only in strict mode.\n"
       },
       {
        "id": "provider-change",
        "contract": "Update rule 9",
        "kit": "A PATCH that changes the provider may get a 4xx that changes nothing.",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "provider"
        ],
        "summary": "provider may change on PATCH, subject to provider-consistency.",
        "details": "`provider` is in the PATCH body of the public spec, but one of Arize's guides says it\ncannot change after creation. The mock lets it change; without --strict the conformance\nkit accepts a 4xx that changes nothing for a PATCH that changes the provider.\n"
       },
       {
        "id": "metadata-on-any-provider",
        "contract": "Resource, provider_metadata",
        "kit": "A create of one may be refused (null-clears then notes provider_metadata as not checked); a PATCH that would leave one may get a 4xx that changes nothing.",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "provider",
         "provider_metadata"
        ],
        "summary": "Providers that need no particular metadata accept any provider_metadata, or none.",
        "details": "The public text is silent. The mock stores it. The conformance kit creates such an\nintegration only to check that null clears its metadata (and notes it when the target\nrefuses), and without --strict accepts a 4xx that changes nothing for a PATCH that would\nleave one.\n"
       },
       {
        "id": "types-enforced",
        "contract": "Update rule 7",
        "kit": "A 4xx (exactly 400 with --strict), and nothing changed.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "summary": "Types and enums are enforced; null on a non-nullable field is 400.",
        "details": "The public text says 400 for a wrong type and for null on a non-nullable field; for an\nunknown enum value or a nested structure broken inside (metadata without a member its\nkind requires) a faithful server may answer 400 or 422, so the conformance kit accepts\nany 4xx that changes nothing without --strict.\n",
        "params": {
         "notNullable": [
          "name",
          "provider",
          "model_names",
          "enable_default_models",
          "function_calling_enabled",
          "auth_type",
          "scopings"
         ]
        }
       },
       {
        "id": "unknown-properties-rejected",
        "contract": "Update rule 12",
        "kit": "A 4xx that changes nothing, or a 200 that ignored the unknown properties and did exactly what the rest says.",
        "origin": "decision",
        "strict": true,
        "status": 400,
        "problem": "invalid-request",
        "summary": "Unknown body properties are 400 in the mock; the kit does not require this of a target.",
        "details": "This covers unknown properties inside scopings and provider_metadata too.\n"
       },
       {
        "id": "non-empty-strings",
        "contract": "Update rule 7",
        "kit": "A 4xx that changes nothing, or a 200 that stored the empty string as sent.",
        "origin": "decision",
        "strict": true,
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "name",
         "api_key",
         "scopings",
         "provider_metadata"
        ],
        "summary": "Strings the spec gives a minimum length (name, api_key, ids and metadata values) must not be empty.",
        "details": "The public text does not say; the conformance kit checks it only in strict mode.\n"
       },
       {
        "id": "atomic",
        "contract": "Update rule 8",
        "kit": "As stated: every rejection the kit meets is followed by a GET that must show the integration as it was.",
        "origin": "decision",
        "status": 400,
        "details": "Any 4xx: 400, 404, 409, 413 and 422 alike leave the integration as it was.\n",
        "summary": "A rejected PATCH (any 4xx) changes nothing, not even part of the body."
       },
       {
        "id": "provider-consistency",
        "contract": "Update rule 9",
        "kit": "A 422 and the integration unchanged; any 4xx where the same PATCH also changes the provider or leaves no model source.",
        "origin": "fact",
        "status": 422,
        "problem": "unprocessable-entity",
        "fields": [
         "provider",
         "provider_metadata"
        ],
        "summary": "On the state after the patch, AWS_BEDROCK needs AWS metadata and VERTEX_AI needs GCP metadata.",
        "details": "So `provider_metadata: null` on an AWS_BEDROCK integration is a 422.\n",
        "params": {
         "requiredMetadataKind": {
          "AWS_BEDROCK": "AWS",
          "VERTEX_AI": "GCP"
         }
        }
       },
       {
        "id": "immutable-fields",
        "contract": "Update rule 10",
        "kit": "As stated; created_at compared as an instant.",
        "origin": "decision",
        "status": 200,
        "fields": [
         "id",
         "created_at",
         "created_by_user_id"
        ],
        "summary": "id, created_at and created_by_user_id never change."
       },
       {
        "id": "updated-at-advances",
        "contract": "Update rule 10",
        "kit": "Never before created_at and never back, compared as instants; strictly later on every PATCH only with --strict.",
        "origin": "decision",
        "status": 200,
        "fields": [
         "updated_at"
        ],
        "summary": "updated_at moves forward on every successful PATCH and is never before created_at."
       },
       {
        "id": "headers-size-limit",
        "contract": "Update rule 11",
        "kit": "A 4xx (exactly 400 with --strict), and nothing changed.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "headers"
        ],
        "summary": "The serialized headers map must not exceed 8,175 bytes.",
        "details": "Fact from later spec text; Decision: the status is 400. Size is the UTF-8 byte length\nof the map serialized as JSON.\n",
        "params": {
         "maxBytes": 8175
        }
       },
       {
        "id": "malformed-body",
        "contract": "Update rule 12",
        "kit": "A 4xx (exactly 400 with --strict), and nothing changed.",
        "origin": "fact",
        "status": 400,
        "problem": "invalid-request",
        "summary": "A body that is not JSON, or is JSON but not an object, is 400.",
        "details": "Decision: a body whose Content-Type is not JSON (or is missing) is 415\nunsupported-media-type instead, and is not read; the conformance kit always sends\n`application/json`.\n"
       },
       {
        "id": "malformed-id",
        "contract": "Update rule 12",
        "kit": "A 400 on get, patch and delete, only for ids that fail the Base64Id pattern.",
        "origin": "fact",
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "id"
        ],
        "summary": "An integration id of an invalid format is 400.",
        "details": "The format is the Base64Id pattern. Decision: the mock also treats as malformed an id\nthat is not the canonical base64 of `LlmIntegration:<n>:<4 alphanumeric>`, as such an\nid can name no integration; the conformance kit only counts pattern failures as malformed.\n"
       },
       {
        "id": "not-found",
        "contract": "Update rule 12",
        "kit": "A 404 for a deleted id; for another account's id a 404, or a 403 where the operation declares it (patch, delete: the resource exists but the action is not allowed), and nothing changed; exactly 404 with --strict.",
        "origin": "decision",
        "statusOrigin": "decision",
        "strict": true,
        "status": 404,
        "problem": "resource-not-found",
        "summary": "A well-formed id that does not exist, or belongs to another account, is 404.",
        "details": "The API deliberately does not tell the two apart.\n"
       },
       {
        "id": "read-back",
        "contract": "Update rule 13",
        "kit": "The GET equals the 200 body by meaning (exact JSON with --strict). Awkward text (non-ASCII, lone surrogates, control characters, LIKE and regex characters, long values) that a create or PATCH accepted comes back with every character and map entry, surrounding whitespace and Unicode normalisation tolerated; a 4xx that changes nothing is accepted too.",
        "origin": "fact",
        "status": 200,
        "summary": "The 200 body is the whole updated integration, and a GET right after returns the same."
       }
      ],
      "requestBody": {
       "required": true,
       "content": {
        "application/json": {
         "schema": {
          "$ref": "#/components/schemas/UpdateAiIntegrationRequest"
         },
         "examples": {
          "renameAndModels": {
           "summary": "The documented valid update",
           "value": {
            "name": "Updated Integration",
            "model_names": [
             "gpt-4o",
             "gpt-4o-mini"
            ]
           }
          },
          "removeKeyAndBaseUrl": {
           "summary": "null removes the key and clears base_url",
           "value": {
            "api_key": null,
            "base_url": null
           }
          },
          "switchToBedrock": {
           "summary": "Change provider together with its metadata",
           "value": {
            "provider": "AWS_BEDROCK",
            "provider_metadata": {
             "kind": "AWS",
             "role_arn": "arn:aws:iam::123456789012:role/ArizeBedrock"
            }
           }
          }
         },
         "x-invalid-examples": {
          "empty": {
           "summary": "The documented invalid update (no field provided)",
           "value": {},
           "rule": "non-empty",
           "status": 400
          },
          "nullName": {
           "summary": "null on a non-nullable field",
           "value": {
            "name": null
           },
           "rule": "types-enforced",
           "status": 400
          }
         }
        }
       }
      },
      "responses": {
       "200": {
        "description": "The whole updated AI integration.",
        "content": {
         "application/json": {
          "schema": {
           "$ref": "#/components/schemas/AiIntegration"
          },
          "examples": {
           "updated": {
            "summary": "After the documented valid update",
            "value": {
             "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "name": "Updated Integration",
             "provider": "OPEN_AI",
             "has_api_key": true,
             "model_names": [
              "gpt-4o",
              "gpt-4o-mini"
             ],
             "enable_default_models": false,
             "function_calling_enabled": true,
             "auth_type": "DEFAULT",
             "scopings": [
              {}
             ],
             "created_at": "2026-02-13T21:27:19.055Z",
             "updated_at": "2026-02-14T08:02:45.310Z",
             "created_by_user_id": "VXNlcjoxOm5OYkM="
            }
           }
          }
         }
        }
       },
       "400": {
        "$ref": "#/components/responses/InvalidRequest"
       },
       "401": {
        "$ref": "#/components/responses/AuthenticationRequired"
       },
       "403": {
        "$ref": "#/components/responses/AccessForbidden"
       },
       "404": {
        "$ref": "#/components/responses/ResourceNotFound"
       },
       "409": {
        "$ref": "#/components/responses/ResourceConflict"
       },
       "413": {
        "$ref": "#/components/responses/PayloadTooLarge"
       },
       "415": {
        "$ref": "#/components/responses/UnsupportedMediaType"
       },
       "422": {
        "$ref": "#/components/responses/UnprocessableEntity"
       },
       "429": {
        "$ref": "#/components/responses/RateLimitExceeded"
       }
      }
     },
     "delete": {
      "operationId": "delete_ai_integration",
      "summary": "Delete an AI integration",
      "description": "Deletes one AI integration of the caller's account.",
      "tags": [
       "AI integrations"
      ],
      "responses": {
       "204": {
        "description": "Deleted; no body."
       },
       "400": {
        "$ref": "#/components/responses/InvalidRequest"
       },
       "401": {
        "$ref": "#/components/responses/AuthenticationRequired"
       },
       "403": {
        "$ref": "#/components/responses/AccessForbidden"
       },
       "404": {
        "$ref": "#/components/responses/ResourceNotFound"
       },
       "429": {
        "$ref": "#/components/responses/RateLimitExceeded"
       }
      }
     }
    }
   },
   "components": {
    "securitySchemes": {
     "bearerAuth": {
      "type": "http",
      "scheme": "bearer",
      "description": "`Authorization: Bearer <api key>`. A missing credential, or an Authorization header without\nthe `Bearer ` prefix, is 401.\n"
     }
    },
    "parameters": {
     "IntegrationId": {
      "name": "integration_id",
      "in": "path",
      "required": true,
      "description": "Opaque base64 id of the integration. Fact: an invalid id format is 400. Decision: a\nwell-formed id that does not exist, or belongs to another account, is 404.\n",
      "schema": {
       "$ref": "#/components/schemas/Base64Id"
      },
      "example": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
     },
     "Limit": {
      "name": "limit",
      "in": "query",
      "required": false,
      "description": "Page size.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 100,
       "default": 50
      }
     },
     "Cursor": {
      "name": "cursor",
      "in": "query",
      "required": false,
      "description": "Opaque cursor taken from `pagination.next_cursor` of the previous page.",
      "schema": {
       "type": "string",
       "minLength": 1
      }
     },
     "NameFilter": {
      "name": "name",
      "in": "query",
      "required": false,
      "description": "Case-insensitive substring of the integration name. Decision: at most 255 characters\n(no public source; the conformance kit never sends a longer one).\n",
      "schema": {
       "type": "string",
       "maxLength": 255
      }
     },
     "SpaceIdFilter": {
      "name": "space_id",
      "in": "query",
      "required": false,
      "description": "Only integrations visible in this space.",
      "schema": {
       "type": "string",
       "minLength": 1
      }
     },
     "SpaceNameFilter": {
      "name": "space_name",
      "in": "query",
      "required": false,
      "description": "Only integrations visible in the space of this name.",
      "schema": {
       "type": "string",
       "minLength": 1
      }
     }
    },
    "schemas": {
     "Base64Id": {
      "type": "string",
      "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
      "minLength": 4,
      "maxLength": 512,
      "pattern": "^[A-Za-z0-9+/]+={0,2}$",
      "examples": [
       "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
      ]
     },
     "Timestamp": {
      "type": "string",
      "format": "date-time",
      "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
      "examples": [
       "2026-02-13T21:27:19.055Z"
      ]
     },
     "Provider": {
      "type": "string",
      "description": "The external LLM provider.",
      "enum": [
       "OPEN_AI",
       "AZURE_OPEN_AI",
       "AWS_BEDROCK",
       "VERTEX_AI",
       "ANTHROPIC",
       "CUSTOM",
       "NVIDIA_NIM",
       "GEMINI"
      ]
     },
     "AuthType": {
      "type": "string",
      "description": "How requests to the provider are authenticated.",
      "enum": [
       "DEFAULT",
       "PROXY_WITH_HEADERS",
       "BEARER_TOKEN"
      ]
     },
     "Scoping": {
      "type": "object",
      "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
      "properties": {
       "organization_id": {
        "type": [
         "string",
         "null"
        ],
        "minLength": 1,
        "description": "Base64 id of the organization; null means account-wide."
       },
       "space_id": {
        "type": [
         "string",
         "null"
        ],
        "minLength": 1,
        "description": "Base64 id of the space; null means organization-wide."
       }
      }
     },
     "AwsProviderMetadata": {
      "type": "object",
      "description": "AWS metadata, required for AWS_BEDROCK.",
      "required": [
       "kind",
       "role_arn"
      ],
      "properties": {
       "kind": {
        "type": "string",
        "const": "AWS"
       },
       "role_arn": {
        "type": "string",
        "minLength": 1,
        "description": "ARN of the IAM role to assume."
       },
       "external_id": {
        "type": [
         "string",
         "null"
        ],
        "description": "External id for the role trust policy."
       }
      }
     },
     "GcpProviderMetadata": {
      "type": "object",
      "description": "GCP metadata, required for VERTEX_AI.",
      "required": [
       "kind",
       "project_id",
       "location",
       "project_access_label"
      ],
      "properties": {
       "kind": {
        "type": "string",
        "const": "GCP"
       },
       "project_id": {
        "type": "string",
        "minLength": 1
       },
       "location": {
        "type": "string",
        "minLength": 1
       },
       "project_access_label": {
        "type": "string",
        "minLength": 1
       }
      }
     },
     "ProviderMetadata": {
      "type": "object",
      "description": "Provider-specific metadata, discriminated by `kind`.",
      "oneOf": [
       {
        "$ref": "#/components/schemas/AwsProviderMetadata"
       },
       {
        "$ref": "#/components/schemas/GcpProviderMetadata"
       }
      ],
      "discriminator": {
       "propertyName": "kind",
       "mapping": {
        "AWS": "#/components/schemas/AwsProviderMetadata",
        "GCP": "#/components/schemas/GcpProviderMetadata"
       }
      }
     },
     "ScopingInput": {
      "type": "object",
      "description": "A Scoping in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected).\n",
      "allOf": [
       {
        "$ref": "#/components/schemas/Scoping"
       }
      ],
      "unevaluatedProperties": false
     },
     "ProviderMetadataInput": {
      "type": "object",
      "description": "ProviderMetadata in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected); the properties of the branch `kind` selects are the known ones.\nEach branch closes itself. Not `unevaluatedProperties: false` beside this oneOf: there Ajv 8\nrecords the evaluated properties in a plain object, so a key named like a member of\nObject.prototype (constructor, toString, __proto__, ...) counts as evaluated and gets through\n(the family of ajv-validator/ajv#2664).\n",
      "oneOf": [
       {
        "$ref": "#/components/schemas/AwsProviderMetadataInput"
       },
       {
        "$ref": "#/components/schemas/GcpProviderMetadataInput"
       }
      ],
      "discriminator": {
       "propertyName": "kind",
       "mapping": {
        "AWS": "#/components/schemas/AwsProviderMetadataInput",
        "GCP": "#/components/schemas/GcpProviderMetadataInput"
       }
      }
     },
     "AwsProviderMetadataInput": {
      "type": "object",
      "description": "AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
      "allOf": [
       {
        "$ref": "#/components/schemas/AwsProviderMetadata"
       }
      ],
      "unevaluatedProperties": false
     },
     "GcpProviderMetadataInput": {
      "type": "object",
      "description": "GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
      "allOf": [
       {
        "$ref": "#/components/schemas/GcpProviderMetadata"
       }
      ],
      "unevaluatedProperties": false
     },
     "ProviderHeaders": {
      "type": "object",
      "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
      "additionalProperties": {
       "type": "string"
      }
     },
     "AiIntegration": {
      "type": "object",
      "description": "An AI integration. The api key itself is never returned, only `has_api_key`.",
      "required": [
       "id",
       "name",
       "provider",
       "has_api_key",
       "enable_default_models",
       "function_calling_enabled",
       "auth_type",
       "scopings",
       "created_at",
       "updated_at",
       "created_by_user_id"
      ],
      "properties": {
       "id": {
        "$ref": "#/components/schemas/Base64Id"
       },
       "name": {
        "type": "string",
        "minLength": 1,
        "description": "Unique within the account."
       },
       "provider": {
        "$ref": "#/components/schemas/Provider"
       },
       "has_api_key": {
        "type": "boolean",
        "description": "Whether a key is stored."
       },
       "base_url": {
        "type": [
         "string",
         "null"
        ],
        "description": "Custom base URL."
       },
       "model_names": {
        "type": [
         "array",
         "null"
        ],
        "items": {
         "type": "string"
        },
        "description": "Supported model names."
       },
       "headers": {
        "oneOf": [
         {
          "$ref": "#/components/schemas/ProviderHeaders"
         },
         {
          "type": "null"
         }
        ]
       },
       "enable_default_models": {
        "type": "boolean"
       },
       "function_calling_enabled": {
        "type": "boolean"
       },
       "auth_type": {
        "$ref": "#/components/schemas/AuthType"
       },
       "provider_metadata": {
        "oneOf": [
         {
          "$ref": "#/components/schemas/ProviderMetadata"
         },
         {
          "type": "null"
         }
        ]
       },
       "scopings": {
        "type": "array",
        "items": {
         "$ref": "#/components/schemas/Scoping"
        }
       },
       "created_at": {
        "$ref": "#/components/schemas/Timestamp"
       },
       "updated_at": {
        "$ref": "#/components/schemas/Timestamp"
       },
       "created_by_user_id": {
        "$ref": "#/components/schemas/Base64Id"
       }
      }
     },
     "PaginationMetadata": {
      "type": "object",
      "required": [
       "has_more"
      ],
      "description": "`next_cursor` is present exactly when `has_more` is true.",
      "if": {
       "properties": {
        "has_more": {
         "const": true
        }
       }
      },
      "then": {
       "properties": {
        "next_cursor": true
       },
       "required": [
        "next_cursor"
       ]
      },
      "else": {
       "properties": {
        "next_cursor": false
       }
      },
      "properties": {
       "has_more": {
        "type": "boolean"
       },
       "next_cursor": {
        "type": "string",
        "minLength": 1,
        "description": "Present exactly when has_more is true."
       }
      }
     },
     "AiIntegrationList": {
      "type": "object",
      "required": [
       "ai_integrations",
       "pagination"
      ],
      "properties": {
       "ai_integrations": {
        "type": "array",
        "items": {
         "$ref": "#/components/schemas/AiIntegration"
        }
       },
       "pagination": {
        "$ref": "#/components/schemas/PaginationMetadata"
       }
      }
     },
     "CreateAiIntegrationRequest": {
      "type": "object",
      "description": "`name` and `provider` are required. Defaults: enable_default_models false,\nfunction_calling_enabled true, auth_type DEFAULT, scopings account-wide.\nFact: no field of the create body is nullable (a null is 400, rule types-enforced).\nDecision: unknown properties are rejected (`additionalProperties: false`, rule\nunknown-properties-rejected) and strings are non-empty (`minLength`, rule\nnon-empty-strings); the conformance kit checks both only with --strict.\n",
      "additionalProperties": false,
      "required": [
       "name",
       "provider"
      ],
      "properties": {
       "name": {
        "type": "string",
        "minLength": 1
       },
       "provider": {
        "$ref": "#/components/schemas/Provider"
       },
       "api_key": {
        "type": "string",
        "minLength": 1,
        "writeOnly": true,
        "description": "Stored, never returned."
       },
       "base_url": {
        "type": "string"
       },
       "model_names": {
        "type": "array",
        "items": {
         "type": "string"
        }
       },
       "headers": {
        "$ref": "#/components/schemas/ProviderHeaders"
       },
       "enable_default_models": {
        "type": "boolean"
       },
       "function_calling_enabled": {
        "type": "boolean"
       },
       "auth_type": {
        "$ref": "#/components/schemas/AuthType"
       },
       "provider_metadata": {
        "$ref": "#/components/schemas/ProviderMetadataInput"
       },
       "scopings": {
        "type": "array",
        "items": {
         "$ref": "#/components/schemas/ScopingInput"
        }
       }
      }
     },
     "UpdateAiIntegrationRequest": {
      "type": "object",
      "description": "Every field is optional, but at least one must be provided (rule non-empty). Only api_key,\nbase_url, headers and provider_metadata are nullable; null removes them. Decision: unknown\nproperties are rejected.\n",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
       "name": {
        "type": "string",
        "minLength": 1,
        "description": "Must be unique within the account (rule name-unique)."
       },
       "provider": {
        "$ref": "#/components/schemas/Provider"
       },
       "api_key": {
        "type": [
         "string",
         "null"
        ],
        "minLength": 1,
        "writeOnly": true,
        "description": "A string sets the key, null removes it, omitted keeps it. Never returned."
       },
       "base_url": {
        "type": [
         "string",
         "null"
        ],
        "description": "null clears it."
       },
       "model_names": {
        "type": "array",
        "items": {
         "type": "string"
        },
        "description": "Replaces the whole list."
       },
       "headers": {
        "description": "Replaces the whole map (Decision); null clears it.",
        "oneOf": [
         {
          "$ref": "#/components/schemas/ProviderHeaders"
         },
         {
          "type": "null"
         }
        ]
       },
       "enable_default_models": {
        "type": "boolean"
       },
       "function_calling_enabled": {
        "type": "boolean"
       },
       "auth_type": {
        "$ref": "#/components/schemas/AuthType"
       },
       "provider_metadata": {
        "description": "Replaces the stored object (no deep merge); null clears it.",
        "oneOf": [
         {
          "$ref": "#/components/schemas/ProviderMetadataInput"
         },
         {
          "type": "null"
         }
        ]
       },
       "scopings": {
        "type": "array",
        "items": {
         "$ref": "#/components/schemas/ScopingInput"
        },
        "description": "Replaces all rules."
       }
      }
     },
     "ValidationIssue": {
      "type": "object",
      "description": "One offending field of a rejected request (Decision, a problem+json extension).",
      "required": [
       "pointer",
       "message"
      ],
      "properties": {
       "pointer": {
        "type": "string",
        "description": "JSON pointer into the request (body, query or path)."
       },
       "message": {
        "type": "string"
       }
      }
     },
     "Problem": {
      "type": "object",
      "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
      "required": [
       "title",
       "status"
      ],
      "properties": {
       "type": {
        "type": "string",
        "format": "uri-reference",
        "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
       },
       "title": {
        "type": "string"
       },
       "status": {
        "type": "integer",
        "minimum": 400,
        "maximum": 599
       },
       "detail": {
        "type": "string"
       },
       "instance": {
        "type": "string"
       },
       "errors": {
        "type": "array",
        "description": "Decision, extension member. The offending fields of a validation error.",
        "items": {
         "$ref": "#/components/schemas/ValidationIssue"
        }
       }
      }
     }
    },
    "headers": {
     "RetryAfter": {
      "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
      "required": false,
      "schema": {
       "type": "string",
       "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
      }
     }
    },
    "examples": {
     "AiIntegrationOpenAI": {
      "summary": "An OpenAI integration with a key and two models",
      "value": {
       "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
       "name": "Production OpenAI",
       "provider": "OPEN_AI",
       "has_api_key": true,
       "model_names": [
        "gpt-4o",
        "gpt-4o-mini"
       ],
       "enable_default_models": false,
       "function_calling_enabled": true,
       "auth_type": "DEFAULT",
       "scopings": [
        {}
       ],
       "created_at": "2026-02-13T21:27:19.055Z",
       "updated_at": "2026-02-13T21:27:19.055Z",
       "created_by_user_id": "VXNlcjoxOm5OYkM="
      }
     }
    },
    "responses": {
     "InvalidRequest": {
      "description": "Invalid request parameters (malformed JSON, wrong type, invalid id format, empty update).",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "emptyUpdate": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
           "title": "Invalid request parameters",
           "status": 400,
           "detail": "At least one updatable field must be provided.",
           "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
           "errors": [
            {
             "pointer": "/body",
             "message": "must have at least one property"
            }
           ]
          }
         }
        }
       }
      }
     },
     "AuthenticationRequired": {
      "description": "A missing credential, or an Authorization header without the Bearer prefix.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "missing": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#authentication-required",
           "title": "Authentication required",
           "status": 401,
           "detail": "Send the header \"Authorization: Bearer <api key>\""
          }
         }
        }
       }
      }
     },
     "AccessForbidden": {
      "description": "The resource exists but the action is not allowed.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "readOnly": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#access-forbidden",
           "title": "Access forbidden",
           "status": 403,
           "detail": "This API key is read-only"
          }
         }
        }
       }
      }
     },
     "ResourceNotFound": {
      "description": "The integration does not exist or belongs to another account.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "unknownId": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#resource-not-found",
           "title": "Resource not found",
           "status": 404,
           "detail": "No AI integration with id TGxtSW50ZWdyYXRpb246OTk6WnpaeA==.",
           "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246OTk6WnpaeA=="
          }
         }
        }
       }
      }
     },
     "ResourceConflict": {
      "description": "Another integration of the account already has this name.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "nameTaken": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#resource-conflict",
           "title": "Resource conflict",
           "status": 409,
           "detail": "An AI integration named \"Production OpenAI\" already exists in this account."
          }
         }
        }
       }
      }
     },
     "PayloadTooLarge": {
      "description": "Decision. The request body is larger than the server accepts.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "tooLarge": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#payload-too-large",
           "title": "Payload too large",
           "status": 413,
           "detail": "The request body exceeds 1048576 bytes."
          }
         }
        }
       }
      }
     },
     "UnsupportedMediaType": {
      "description": "Decision (the public text is silent; a server may answer 400). The body is not sent as\nJSON: its Content-Type is neither `application/json` nor `application/*+json` (or is\nmissing), or names a charset or Content-Encoding the server does not read. The body is not\nread.\n",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "textPlain": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#unsupported-media-type",
           "title": "Unsupported media type",
           "status": 415,
           "detail": "Content-Type text/plain is not JSON: send the body as application/json."
          }
         }
        }
       }
      }
     },
     "UnprocessableEntity": {
      "description": "The request is well-formed but inconsistent (provider and provider_metadata).",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "missingMetadata": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#unprocessable-entity",
           "title": "Unprocessable Entity",
           "status": 422,
           "detail": "Provider AWS_BEDROCK requires provider_metadata of kind AWS."
          }
         }
        }
       }
      }
     },
     "RateLimitExceeded": {
      "description": "Too many requests. Retry after the number of seconds in Retry-After, when it is sent.",
      "headers": {
       "Retry-After": {
        "$ref": "#/components/headers/RetryAfter"
       }
      },
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "tooMany": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded",
           "title": "Rate limit exceeded",
           "status": 429,
           "detail": "Retry after 1 second."
          }
         }
        }
       }
      }
     }
    }
   },
   "x-edition": "upper"
  },
  "dereferenced": {
   "openapi": "3.1.0",
   "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
   "info": {
    "title": "Arize AX REST API v2 - AI integrations",
    "version": "2.0.0",
    "summary": "Contract of the AI integrations resource, with the partial-update rules made machine-readable.",
    "description": "An AI integration configures access to an external LLM provider. It is owned by an account and\ncarries visibility scopings (account-wide, one organization, or one space).\n\nThis document is the single source of truth of the project: the mock, the generators and the\nconformance kit are driven by it. Statements marked **Fact** come from Arize's published docs\nand generated clients; statements marked **Decision** are this project's own choices where the\npublic material is silent.\n\nThe update rules that JSON Schema cannot express are listed, machine-readable, in the\n`x-contract-rules` extension of the create and update operations (see `spec/RULES.md` for the\ngenerated table). Each rule names its contract clause, whether it is a fact or a decision, the\nfields it concerns and the status a violation gets.\n",
    "license": {
     "name": "MIT",
     "identifier": "MIT"
    }
   },
   "servers": [
    {
     "url": "http://127.0.0.1:4010",
     "description": "The project's local mock (aic mock)"
    }
   ],
   "security": [
    {
     "bearerAuth": []
    }
   ],
   "x-problem-types": {
    "base": "https://arize.com/docs/ax/rest-reference/errors#",
    "types": [
     {
      "status": 400,
      "slug": "invalid-request",
      "title": "Invalid request parameters"
     },
     {
      "status": 401,
      "slug": "authentication-required",
      "title": "Authentication required"
     },
     {
      "status": 403,
      "slug": "access-forbidden",
      "title": "Access forbidden"
     },
     {
      "status": 404,
      "slug": "resource-not-found",
      "title": "Resource not found"
     },
     {
      "status": 405,
      "slug": "method-not-allowed",
      "title": "Method not allowed",
      "origin": "decision"
     },
     {
      "status": 409,
      "slug": "resource-conflict",
      "title": "Resource conflict"
     },
     {
      "status": 413,
      "slug": "payload-too-large",
      "title": "Payload too large",
      "origin": "decision"
     },
     {
      "status": 415,
      "slug": "unsupported-media-type",
      "title": "Unsupported media type",
      "origin": "decision"
     },
     {
      "status": 422,
      "slug": "unprocessable-entity",
      "title": "Unprocessable Entity"
     },
     {
      "status": 429,
      "slug": "rate-limit-exceeded",
      "title": "Rate limit exceeded"
     }
    ]
   },
   "x-editions": {
    "default": "camel",
    "editions": {
     "camel": {
      "summary": "The seed's spelling (camelCase providers, lower-case auth types and metadata kinds); the project's default.",
      "operationIds": {
       "list": "ai_integrations_list",
       "create": "ai_integrations_create",
       "get": "ai_integrations_get",
       "update": "ai_integrations_update",
       "delete": "ai_integrations_delete"
      }
     },
     "upper": {
      "summary": "Arize's current spelling (upper snake case), the one @arizeai/ax-client 1.28 types.",
      "operationIds": {
       "list": "list_ai_integrations",
       "create": "create_ai_integration",
       "get": "get_ai_integration",
       "update": "update_ai_integration",
       "delete": "delete_ai_integration"
      },
      "spellings": {
       "provider": {
        "openAI": "OPEN_AI",
        "azureOpenAI": "AZURE_OPEN_AI",
        "awsBedrock": "AWS_BEDROCK",
        "vertexAI": "VERTEX_AI",
        "anthropic": "ANTHROPIC",
        "custom": "CUSTOM",
        "nvidiaNim": "NVIDIA_NIM",
        "gemini": "GEMINI"
       },
       "auth_type": {
        "default": "DEFAULT",
        "proxy_with_headers": "PROXY_WITH_HEADERS",
        "bearer_token": "BEARER_TOKEN"
       },
       "kind": {
        "aws": "AWS",
        "gcp": "GCP"
       }
      },
      "addResponses": {
       "list": {
        "404": {
         "description": "A scoped resource named by a filter (such as `space_id`) is missing or not visible to the caller.",
         "content": {
          "application/problem+json": {
           "schema": {
            "type": "object",
            "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
            "required": [
             "title",
             "status"
            ],
            "properties": {
             "type": {
              "type": "string",
              "format": "uri-reference",
              "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
             },
             "title": {
              "type": "string"
             },
             "status": {
              "type": "integer",
              "minimum": 400,
              "maximum": 599
             },
             "detail": {
              "type": "string"
             },
             "instance": {
              "type": "string"
             },
             "errors": {
              "type": "array",
              "description": "Decision, extension member. The offending fields of a validation error.",
              "items": {
               "type": "object",
               "description": "One offending field of a rejected request (Decision, a problem+json extension).",
               "required": [
                "pointer",
                "message"
               ],
               "properties": {
                "pointer": {
                 "type": "string",
                 "description": "JSON pointer into the request (body, query or path)."
                },
                "message": {
                 "type": "string"
                }
               }
              }
             }
            }
           }
          }
         }
        }
       }
      }
     }
    }
   },
   "tags": [
    {
     "name": "AI integrations",
     "description": "Configure access to external LLM providers."
    }
   ],
   "paths": {
    "/v2/ai-integrations": {
     "get": {
      "operationId": "list_ai_integrations",
      "summary": "List AI integrations",
      "description": "Lists the AI integrations of the caller's account, newest first, with cursor pagination.\n`pagination.next_cursor` is present exactly when `pagination.has_more` is true.\n",
      "tags": [
       "AI integrations"
      ],
      "x-contract-rules": [
       {
        "id": "list-pagination",
        "contract": "Operations, list",
        "kit": "Pages through each listing: every integration once, none that misses the filter, order not checked; a smaller largest page (a limit clamped) passes. Also across an account grown past the largest page (beyond-one-page).",
        "origin": "fact",
        "status": 200,
        "summary": "Pages are newest first and hold each integration once; next_cursor is present exactly when has_more is true.",
        "details": "`limit` is 1..100 (default 50): a value outside is 400 and changes nothing. The cursor is\nopaque: only a value the server returned in `pagination.next_cursor` continues a listing.\n"
       },
       {
        "id": "list-name-filter",
        "contract": "Operations, list",
        "kit": "As stated, with the name filter in the same, upper, lower case and as an inner part of a name; with names holding `%`, `_`, `\\`, `.*[ ]`, quotes or non-ASCII (filtered in upper case), and a filter at its maxLength, each beside decoys that only a pattern or an accent-folding collation would match; also for a name past the first page of the account.",
        "origin": "fact",
        "status": 200,
        "summary": "The name filter keeps the integrations whose name contains it, ignoring case."
       }
      ],
      "parameters": [
       {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Page size.",
        "schema": {
         "type": "integer",
         "minimum": 1,
         "maximum": 100,
         "default": 50
        }
       },
       {
        "name": "cursor",
        "in": "query",
        "required": false,
        "description": "Opaque cursor taken from `pagination.next_cursor` of the previous page.",
        "schema": {
         "type": "string",
         "minLength": 1
        }
       },
       {
        "name": "name",
        "in": "query",
        "required": false,
        "description": "Case-insensitive substring of the integration name. Decision: at most 255 characters\n(no public source; the conformance kit never sends a longer one).\n",
        "schema": {
         "type": "string",
         "maxLength": 255
        }
       },
       {
        "name": "space_id",
        "in": "query",
        "required": false,
        "description": "Only integrations visible in this space.",
        "schema": {
         "type": "string",
         "minLength": 1
        }
       },
       {
        "name": "space_name",
        "in": "query",
        "required": false,
        "description": "Only integrations visible in the space of this name.",
        "schema": {
         "type": "string",
         "minLength": 1
        }
       }
      ],
      "responses": {
       "200": {
        "description": "A page of AI integrations.",
        "content": {
         "application/json": {
          "schema": {
           "type": "object",
           "required": [
            "ai_integrations",
            "pagination"
           ],
           "properties": {
            "ai_integrations": {
             "type": "array",
             "items": {
              "type": "object",
              "description": "An AI integration. The api key itself is never returned, only `has_api_key`.",
              "required": [
               "id",
               "name",
               "provider",
               "has_api_key",
               "enable_default_models",
               "function_calling_enabled",
               "auth_type",
               "scopings",
               "created_at",
               "updated_at",
               "created_by_user_id"
              ],
              "properties": {
               "id": {
                "type": "string",
                "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
                "minLength": 4,
                "maxLength": 512,
                "pattern": "^[A-Za-z0-9+/]+={0,2}$",
                "examples": [
                 "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
                ]
               },
               "name": {
                "type": "string",
                "minLength": 1,
                "description": "Unique within the account."
               },
               "provider": {
                "type": "string",
                "description": "The external LLM provider.",
                "enum": [
                 "OPEN_AI",
                 "AZURE_OPEN_AI",
                 "AWS_BEDROCK",
                 "VERTEX_AI",
                 "ANTHROPIC",
                 "CUSTOM",
                 "NVIDIA_NIM",
                 "GEMINI"
                ]
               },
               "has_api_key": {
                "type": "boolean",
                "description": "Whether a key is stored."
               },
               "base_url": {
                "type": [
                 "string",
                 "null"
                ],
                "description": "Custom base URL."
               },
               "model_names": {
                "type": [
                 "array",
                 "null"
                ],
                "items": {
                 "type": "string"
                },
                "description": "Supported model names."
               },
               "headers": {
                "oneOf": [
                 {
                  "type": "object",
                  "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
                  "additionalProperties": {
                   "type": "string"
                  }
                 },
                 {
                  "type": "null"
                 }
                ]
               },
               "enable_default_models": {
                "type": "boolean"
               },
               "function_calling_enabled": {
                "type": "boolean"
               },
               "auth_type": {
                "type": "string",
                "description": "How requests to the provider are authenticated.",
                "enum": [
                 "DEFAULT",
                 "PROXY_WITH_HEADERS",
                 "BEARER_TOKEN"
                ]
               },
               "provider_metadata": {
                "oneOf": [
                 {
                  "type": "object",
                  "description": "Provider-specific metadata, discriminated by `kind`.",
                  "oneOf": [
                   {
                    "type": "object",
                    "description": "AWS metadata, required for AWS_BEDROCK.",
                    "required": [
                     "kind",
                     "role_arn"
                    ],
                    "properties": {
                     "kind": {
                      "type": "string",
                      "const": "AWS"
                     },
                     "role_arn": {
                      "type": "string",
                      "minLength": 1,
                      "description": "ARN of the IAM role to assume."
                     },
                     "external_id": {
                      "type": [
                       "string",
                       "null"
                      ],
                      "description": "External id for the role trust policy."
                     }
                    }
                   },
                   {
                    "type": "object",
                    "description": "GCP metadata, required for VERTEX_AI.",
                    "required": [
                     "kind",
                     "project_id",
                     "location",
                     "project_access_label"
                    ],
                    "properties": {
                     "kind": {
                      "type": "string",
                      "const": "GCP"
                     },
                     "project_id": {
                      "type": "string",
                      "minLength": 1
                     },
                     "location": {
                      "type": "string",
                      "minLength": 1
                     },
                     "project_access_label": {
                      "type": "string",
                      "minLength": 1
                     }
                    }
                   }
                  ],
                  "discriminator": {
                   "propertyName": "kind",
                   "mapping": {
                    "AWS": "#/components/schemas/AwsProviderMetadata",
                    "GCP": "#/components/schemas/GcpProviderMetadata"
                   }
                  }
                 },
                 {
                  "type": "null"
                 }
                ]
               },
               "scopings": {
                "type": "array",
                "items": {
                 "type": "object",
                 "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
                 "properties": {
                  "organization_id": {
                   "type": [
                    "string",
                    "null"
                   ],
                   "minLength": 1,
                   "description": "Base64 id of the organization; null means account-wide."
                  },
                  "space_id": {
                   "type": [
                    "string",
                    "null"
                   ],
                   "minLength": 1,
                   "description": "Base64 id of the space; null means organization-wide."
                  }
                 }
                }
               },
               "created_at": {
                "type": "string",
                "format": "date-time",
                "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
                "examples": [
                 "2026-02-13T21:27:19.055Z"
                ]
               },
               "updated_at": {
                "type": "string",
                "format": "date-time",
                "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
                "examples": [
                 "2026-02-13T21:27:19.055Z"
                ]
               },
               "created_by_user_id": {
                "type": "string",
                "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
                "minLength": 4,
                "maxLength": 512,
                "pattern": "^[A-Za-z0-9+/]+={0,2}$",
                "examples": [
                 "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
                ]
               }
              }
             }
            },
            "pagination": {
             "type": "object",
             "required": [
              "has_more"
             ],
             "description": "`next_cursor` is present exactly when `has_more` is true.",
             "if": {
              "properties": {
               "has_more": {
                "const": true
               }
              }
             },
             "then": {
              "properties": {
               "next_cursor": true
              },
              "required": [
               "next_cursor"
              ]
             },
             "else": {
              "properties": {
               "next_cursor": false
              }
             },
             "properties": {
              "has_more": {
               "type": "boolean"
              },
              "next_cursor": {
               "type": "string",
               "minLength": 1,
               "description": "Present exactly when has_more is true."
              }
             }
            }
           }
          },
          "examples": {
           "firstPage": {
            "summary": "A first page with more to come",
            "value": {
             "ai_integrations": [
              {
               "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
               "name": "Production OpenAI",
               "provider": "OPEN_AI",
               "has_api_key": true,
               "model_names": [
                "gpt-4o",
                "gpt-4o-mini"
               ],
               "enable_default_models": false,
               "function_calling_enabled": true,
               "auth_type": "DEFAULT",
               "scopings": [
                {}
               ],
               "created_at": "2026-02-13T21:27:19.055Z",
               "updated_at": "2026-02-13T21:27:19.055Z",
               "created_by_user_id": "VXNlcjoxOm5OYkM="
              }
             ],
             "pagination": {
              "has_more": true,
              "next_cursor": "Y3Vyc29yOjEy"
             }
            }
           }
          }
         }
        }
       },
       "400": {
        "description": "Invalid request parameters (malformed JSON, wrong type, invalid id format, empty update).",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "emptyUpdate": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
             "title": "Invalid request parameters",
             "status": 400,
             "detail": "At least one updatable field must be provided.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "errors": [
              {
               "pointer": "/body",
               "message": "must have at least one property"
              }
             ]
            }
           }
          }
         }
        }
       },
       "401": {
        "description": "A missing credential, or an Authorization header without the Bearer prefix.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "missing": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#authentication-required",
             "title": "Authentication required",
             "status": 401,
             "detail": "Send the header \"Authorization: Bearer <api key>\""
            }
           }
          }
         }
        }
       },
       "403": {
        "description": "The resource exists but the action is not allowed.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "readOnly": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#access-forbidden",
             "title": "Access forbidden",
             "status": 403,
             "detail": "This API key is read-only"
            }
           }
          }
         }
        }
       },
       "404": {
        "description": "A scoped resource named by a filter (such as `space_id`) is missing or not visible to the caller.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          }
         }
        }
       },
       "429": {
        "description": "Too many requests. Retry after the number of seconds in Retry-After, when it is sent.",
        "headers": {
         "Retry-After": {
          "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
          "required": false,
          "schema": {
           "type": "string",
           "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
          }
         }
        },
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "tooMany": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded",
             "title": "Rate limit exceeded",
             "status": 429,
             "detail": "Retry after 1 second."
            }
           }
          }
         }
        }
       }
      }
     },
     "post": {
      "operationId": "create_ai_integration",
      "summary": "Create an AI integration",
      "description": "Creates an AI integration in the caller's account. `name` and `provider` are required.\nDefaults (Fact): `enable_default_models: false`, `function_calling_enabled: true`,\n`auth_type: DEFAULT`; omitted `scopings` mean account-wide. `api_key` is write-only.\n",
      "tags": [
       "AI integrations"
      ],
      "x-contract-rules": [
       {
        "id": "create-name-unique",
        "contract": "Operations, create",
        "kit": "A 409, and nothing listed under the name, also for a name past the first page of the account and for creates sent at the same moment (exactly one succeeds). Names that differ only in case are not checked.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 409,
        "problem": "resource-conflict",
        "fields": [
         "name"
        ],
        "summary": "The name must be unique within the account.",
        "details": "Decision: exact, case-sensitive comparison with the names of the other integrations of\nthe same account; the same name in another account is allowed.\n"
       },
       {
        "id": "create-provider-consistency",
        "contract": "Resource, provider_metadata",
        "kit": "A 422 for metadata omitted or of the other kind; a 400 or a 422 for `null`; nothing created.",
        "origin": "fact",
        "status": 422,
        "problem": "unprocessable-entity",
        "fields": [
         "provider",
         "provider_metadata"
        ],
        "summary": "AWS_BEDROCK needs AWS provider metadata, VERTEX_AI needs GCP provider metadata.",
        "details": "Metadata omitted or of the other kind is 422. Metadata `null` is also refused, but the\ncreate body has no nullable field, so a server may answer it 400 (rule types-enforced)\nas the mock does, or 422: the conformance kit accepts either without --strict.\n",
        "params": {
         "requiredMetadataKind": {
          "AWS_BEDROCK": "AWS",
          "VERTEX_AI": "GCP"
         }
        }
       },
       {
        "id": "model-source-optional",
        "contract": "Operations, create (hint from the guides)",
        "kit": "Never creates such an integration; a PATCH that would leave one may get a 4xx that changes nothing.",
        "origin": "decision",
        "strict": true,
        "status": 201,
        "fields": [
         "provider",
         "enable_default_models",
         "model_names"
        ],
        "summary": "AWS_BEDROCK and VERTEX_AI integrations are accepted without a model source.",
        "details": "A model source is `enable_default_models: true` or a non-empty `model_names`. Arize's\nguides say a server rejects AWS_BEDROCK without one; the public spec is silent. The mock\naccepts it. The conformance kit never creates such an integration, and without --strict\naccepts a 4xx that changes nothing for a PATCH that would leave one.\n",
        "params": {
         "providers": [
          "AWS_BEDROCK",
          "VERTEX_AI"
         ]
        }
       },
       {
        "id": "create-defaults",
        "contract": "Operations, create",
        "kit": "As stated, in the 201 body and on GET; `[{}]` equals a scoping of nulls.",
        "origin": "fact",
        "status": 201,
        "fields": [
         "enable_default_models",
         "function_calling_enabled",
         "auth_type",
         "scopings"
        ],
        "summary": "Omitted optional fields take their documented defaults.",
        "params": {
         "defaults": {
          "enable_default_models": false,
          "function_calling_enabled": true,
          "auth_type": "DEFAULT",
          "scopings": [
           {}
          ]
         }
        }
       },
       {
        "id": "create-api-key-write-only",
        "contract": "Operations, create",
        "kit": "As stated: has_api_key true, the key in no response (201, GET, list).",
        "origin": "fact",
        "status": 201,
        "fields": [
         "api_key"
        ],
        "summary": "A given api_key is stored (has_api_key true) and never returned."
       },
       {
        "id": "create-headers-size-limit",
        "contract": "Update rule 11",
        "kit": "Not checked: the kit never sends an oversized map on create.",
        "origin": "decision",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "headers"
        ],
        "summary": "The serialized headers map must not exceed 8,175 bytes.",
        "details": "Decision: the limit of update rule 11 applies to create as well, with the same 400.\n",
        "params": {
         "maxBytes": 8175
        }
       }
      ],
      "requestBody": {
       "required": true,
       "content": {
        "application/json": {
         "schema": {
          "type": "object",
          "description": "`name` and `provider` are required. Defaults: enable_default_models false,\nfunction_calling_enabled true, auth_type DEFAULT, scopings account-wide.\nFact: no field of the create body is nullable (a null is 400, rule types-enforced).\nDecision: unknown properties are rejected (`additionalProperties: false`, rule\nunknown-properties-rejected) and strings are non-empty (`minLength`, rule\nnon-empty-strings); the conformance kit checks both only with --strict.\n",
          "additionalProperties": false,
          "required": [
           "name",
           "provider"
          ],
          "properties": {
           "name": {
            "type": "string",
            "minLength": 1
           },
           "provider": {
            "type": "string",
            "description": "The external LLM provider.",
            "enum": [
             "OPEN_AI",
             "AZURE_OPEN_AI",
             "AWS_BEDROCK",
             "VERTEX_AI",
             "ANTHROPIC",
             "CUSTOM",
             "NVIDIA_NIM",
             "GEMINI"
            ]
           },
           "api_key": {
            "type": "string",
            "minLength": 1,
            "writeOnly": true,
            "description": "Stored, never returned."
           },
           "base_url": {
            "type": "string"
           },
           "model_names": {
            "type": "array",
            "items": {
             "type": "string"
            }
           },
           "headers": {
            "type": "object",
            "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
            "additionalProperties": {
             "type": "string"
            }
           },
           "enable_default_models": {
            "type": "boolean"
           },
           "function_calling_enabled": {
            "type": "boolean"
           },
           "auth_type": {
            "type": "string",
            "description": "How requests to the provider are authenticated.",
            "enum": [
             "DEFAULT",
             "PROXY_WITH_HEADERS",
             "BEARER_TOKEN"
            ]
           },
           "provider_metadata": {
            "type": "object",
            "description": "ProviderMetadata in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected); the properties of the branch `kind` selects are the known ones.\nEach branch closes itself. Not `unevaluatedProperties: false` beside this oneOf: there Ajv 8\nrecords the evaluated properties in a plain object, so a key named like a member of\nObject.prototype (constructor, toString, __proto__, ...) counts as evaluated and gets through\n(the family of ajv-validator/ajv#2664).\n",
            "oneOf": [
             {
              "type": "object",
              "description": "AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
              "allOf": [
               {
                "type": "object",
                "description": "AWS metadata, required for AWS_BEDROCK.",
                "required": [
                 "kind",
                 "role_arn"
                ],
                "properties": {
                 "kind": {
                  "type": "string",
                  "const": "AWS"
                 },
                 "role_arn": {
                  "type": "string",
                  "minLength": 1,
                  "description": "ARN of the IAM role to assume."
                 },
                 "external_id": {
                  "type": [
                   "string",
                   "null"
                  ],
                  "description": "External id for the role trust policy."
                 }
                }
               }
              ],
              "unevaluatedProperties": false
             },
             {
              "type": "object",
              "description": "GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
              "allOf": [
               {
                "type": "object",
                "description": "GCP metadata, required for VERTEX_AI.",
                "required": [
                 "kind",
                 "project_id",
                 "location",
                 "project_access_label"
                ],
                "properties": {
                 "kind": {
                  "type": "string",
                  "const": "GCP"
                 },
                 "project_id": {
                  "type": "string",
                  "minLength": 1
                 },
                 "location": {
                  "type": "string",
                  "minLength": 1
                 },
                 "project_access_label": {
                  "type": "string",
                  "minLength": 1
                 }
                }
               }
              ],
              "unevaluatedProperties": false
             }
            ],
            "discriminator": {
             "propertyName": "kind",
             "mapping": {
              "AWS": "#/components/schemas/AwsProviderMetadataInput",
              "GCP": "#/components/schemas/GcpProviderMetadataInput"
             }
            }
           },
           "scopings": {
            "type": "array",
            "items": {
             "type": "object",
             "description": "A Scoping in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected).\n",
             "allOf": [
              {
               "type": "object",
               "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
               "properties": {
                "organization_id": {
                 "type": [
                  "string",
                  "null"
                 ],
                 "minLength": 1,
                 "description": "Base64 id of the organization; null means account-wide."
                },
                "space_id": {
                 "type": [
                  "string",
                  "null"
                 ],
                 "minLength": 1,
                 "description": "Base64 id of the space; null means organization-wide."
                }
               }
              }
             ],
             "unevaluatedProperties": false
            }
           }
          }
         },
         "examples": {
          "openAI": {
           "summary": "An OpenAI integration with a key",
           "value": {
            "name": "Production OpenAI",
            "provider": "OPEN_AI",
            "api_key": "sk-example-not-a-real-key",
            "model_names": [
             "gpt-4o",
             "gpt-4o-mini"
            ]
           }
          },
          "awsBedrock": {
           "summary": "An AWS Bedrock integration assuming a role",
           "value": {
            "name": "Bedrock (us-east-1)",
            "provider": "AWS_BEDROCK",
            "provider_metadata": {
             "kind": "AWS",
             "role_arn": "arn:aws:iam::123456789012:role/ArizeBedrock",
             "external_id": "arize-external-id"
            }
           }
          },
          "vertexAI": {
           "summary": "A Vertex AI integration scoped to one space",
           "value": {
            "name": "Vertex AI (europe-west4)",
            "provider": "VERTEX_AI",
            "provider_metadata": {
             "kind": "GCP",
             "project_id": "my-gcp-project",
             "location": "europe-west4",
             "project_access_label": "ml-team"
            },
            "scopings": [
             {
              "organization_id": "T3JnYW5pemF0aW9uOjE6YUJjRA==",
              "space_id": "U3BhY2U6NzphQmNE"
             }
            ]
           }
          }
         }
        }
       }
      },
      "responses": {
       "201": {
        "description": "The created AI integration.",
        "content": {
         "application/json": {
          "schema": {
           "type": "object",
           "description": "An AI integration. The api key itself is never returned, only `has_api_key`.",
           "required": [
            "id",
            "name",
            "provider",
            "has_api_key",
            "enable_default_models",
            "function_calling_enabled",
            "auth_type",
            "scopings",
            "created_at",
            "updated_at",
            "created_by_user_id"
           ],
           "properties": {
            "id": {
             "type": "string",
             "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
             "minLength": 4,
             "maxLength": 512,
             "pattern": "^[A-Za-z0-9+/]+={0,2}$",
             "examples": [
              "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
             ]
            },
            "name": {
             "type": "string",
             "minLength": 1,
             "description": "Unique within the account."
            },
            "provider": {
             "type": "string",
             "description": "The external LLM provider.",
             "enum": [
              "OPEN_AI",
              "AZURE_OPEN_AI",
              "AWS_BEDROCK",
              "VERTEX_AI",
              "ANTHROPIC",
              "CUSTOM",
              "NVIDIA_NIM",
              "GEMINI"
             ]
            },
            "has_api_key": {
             "type": "boolean",
             "description": "Whether a key is stored."
            },
            "base_url": {
             "type": [
              "string",
              "null"
             ],
             "description": "Custom base URL."
            },
            "model_names": {
             "type": [
              "array",
              "null"
             ],
             "items": {
              "type": "string"
             },
             "description": "Supported model names."
            },
            "headers": {
             "oneOf": [
              {
               "type": "object",
               "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
               "additionalProperties": {
                "type": "string"
               }
              },
              {
               "type": "null"
              }
             ]
            },
            "enable_default_models": {
             "type": "boolean"
            },
            "function_calling_enabled": {
             "type": "boolean"
            },
            "auth_type": {
             "type": "string",
             "description": "How requests to the provider are authenticated.",
             "enum": [
              "DEFAULT",
              "PROXY_WITH_HEADERS",
              "BEARER_TOKEN"
             ]
            },
            "provider_metadata": {
             "oneOf": [
              {
               "type": "object",
               "description": "Provider-specific metadata, discriminated by `kind`.",
               "oneOf": [
                {
                 "type": "object",
                 "description": "AWS metadata, required for AWS_BEDROCK.",
                 "required": [
                  "kind",
                  "role_arn"
                 ],
                 "properties": {
                  "kind": {
                   "type": "string",
                   "const": "AWS"
                  },
                  "role_arn": {
                   "type": "string",
                   "minLength": 1,
                   "description": "ARN of the IAM role to assume."
                  },
                  "external_id": {
                   "type": [
                    "string",
                    "null"
                   ],
                   "description": "External id for the role trust policy."
                  }
                 }
                },
                {
                 "type": "object",
                 "description": "GCP metadata, required for VERTEX_AI.",
                 "required": [
                  "kind",
                  "project_id",
                  "location",
                  "project_access_label"
                 ],
                 "properties": {
                  "kind": {
                   "type": "string",
                   "const": "GCP"
                  },
                  "project_id": {
                   "type": "string",
                   "minLength": 1
                  },
                  "location": {
                   "type": "string",
                   "minLength": 1
                  },
                  "project_access_label": {
                   "type": "string",
                   "minLength": 1
                  }
                 }
                }
               ],
               "discriminator": {
                "propertyName": "kind",
                "mapping": {
                 "AWS": "#/components/schemas/AwsProviderMetadata",
                 "GCP": "#/components/schemas/GcpProviderMetadata"
                }
               }
              },
              {
               "type": "null"
              }
             ]
            },
            "scopings": {
             "type": "array",
             "items": {
              "type": "object",
              "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
              "properties": {
               "organization_id": {
                "type": [
                 "string",
                 "null"
                ],
                "minLength": 1,
                "description": "Base64 id of the organization; null means account-wide."
               },
               "space_id": {
                "type": [
                 "string",
                 "null"
                ],
                "minLength": 1,
                "description": "Base64 id of the space; null means organization-wide."
               }
              }
             }
            },
            "created_at": {
             "type": "string",
             "format": "date-time",
             "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
             "examples": [
              "2026-02-13T21:27:19.055Z"
             ]
            },
            "updated_at": {
             "type": "string",
             "format": "date-time",
             "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
             "examples": [
              "2026-02-13T21:27:19.055Z"
             ]
            },
            "created_by_user_id": {
             "type": "string",
             "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
             "minLength": 4,
             "maxLength": 512,
             "pattern": "^[A-Za-z0-9+/]+={0,2}$",
             "examples": [
              "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
             ]
            }
           }
          },
          "examples": {
           "created": {
            "summary": "An OpenAI integration with a key and two models",
            "value": {
             "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "name": "Production OpenAI",
             "provider": "OPEN_AI",
             "has_api_key": true,
             "model_names": [
              "gpt-4o",
              "gpt-4o-mini"
             ],
             "enable_default_models": false,
             "function_calling_enabled": true,
             "auth_type": "DEFAULT",
             "scopings": [
              {}
             ],
             "created_at": "2026-02-13T21:27:19.055Z",
             "updated_at": "2026-02-13T21:27:19.055Z",
             "created_by_user_id": "VXNlcjoxOm5OYkM="
            }
           }
          }
         }
        }
       },
       "400": {
        "description": "Invalid request parameters (malformed JSON, wrong type, invalid id format, empty update).",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "emptyUpdate": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
             "title": "Invalid request parameters",
             "status": 400,
             "detail": "At least one updatable field must be provided.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "errors": [
              {
               "pointer": "/body",
               "message": "must have at least one property"
              }
             ]
            }
           }
          }
         }
        }
       },
       "401": {
        "description": "A missing credential, or an Authorization header without the Bearer prefix.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "missing": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#authentication-required",
             "title": "Authentication required",
             "status": 401,
             "detail": "Send the header \"Authorization: Bearer <api key>\""
            }
           }
          }
         }
        }
       },
       "403": {
        "description": "The resource exists but the action is not allowed.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "readOnly": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#access-forbidden",
             "title": "Access forbidden",
             "status": 403,
             "detail": "This API key is read-only"
            }
           }
          }
         }
        }
       },
       "404": {
        "description": "The integration does not exist or belongs to another account.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "unknownId": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#resource-not-found",
             "title": "Resource not found",
             "status": 404,
             "detail": "No AI integration with id TGxtSW50ZWdyYXRpb246OTk6WnpaeA==.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246OTk6WnpaeA=="
            }
           }
          }
         }
        }
       },
       "409": {
        "description": "Another integration of the account already has this name.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "nameTaken": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#resource-conflict",
             "title": "Resource conflict",
             "status": 409,
             "detail": "An AI integration named \"Production OpenAI\" already exists in this account."
            }
           }
          }
         }
        }
       },
       "413": {
        "description": "Decision. The request body is larger than the server accepts.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "tooLarge": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#payload-too-large",
             "title": "Payload too large",
             "status": 413,
             "detail": "The request body exceeds 1048576 bytes."
            }
           }
          }
         }
        }
       },
       "415": {
        "description": "Decision (the public text is silent; a server may answer 400). The body is not sent as\nJSON: its Content-Type is neither `application/json` nor `application/*+json` (or is\nmissing), or names a charset or Content-Encoding the server does not read. The body is not\nread.\n",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "textPlain": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#unsupported-media-type",
             "title": "Unsupported media type",
             "status": 415,
             "detail": "Content-Type text/plain is not JSON: send the body as application/json."
            }
           }
          }
         }
        }
       },
       "422": {
        "description": "The request is well-formed but inconsistent (provider and provider_metadata).",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "missingMetadata": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#unprocessable-entity",
             "title": "Unprocessable Entity",
             "status": 422,
             "detail": "Provider AWS_BEDROCK requires provider_metadata of kind AWS."
            }
           }
          }
         }
        }
       },
       "429": {
        "description": "Too many requests. Retry after the number of seconds in Retry-After, when it is sent.",
        "headers": {
         "Retry-After": {
          "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
          "required": false,
          "schema": {
           "type": "string",
           "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
          }
         }
        },
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "tooMany": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded",
             "title": "Rate limit exceeded",
             "status": 429,
             "detail": "Retry after 1 second."
            }
           }
          }
         }
        }
       }
      }
     }
    },
    "/v2/ai-integrations/{integration_id}": {
     "parameters": [
      {
       "name": "integration_id",
       "in": "path",
       "required": true,
       "description": "Opaque base64 id of the integration. Fact: an invalid id format is 400. Decision: a\nwell-formed id that does not exist, or belongs to another account, is 404.\n",
       "schema": {
        "type": "string",
        "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
        "minLength": 4,
        "maxLength": 512,
        "pattern": "^[A-Za-z0-9+/]+={0,2}$",
        "examples": [
         "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
        ]
       },
       "example": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
      }
     ],
     "get": {
      "operationId": "get_ai_integration",
      "summary": "Get an AI integration",
      "description": "Returns one AI integration of the caller's account. Decision: an id of another account is\n404, exactly like an id that does not exist.\n",
      "tags": [
       "AI integrations"
      ],
      "responses": {
       "200": {
        "description": "The AI integration.",
        "content": {
         "application/json": {
          "schema": {
           "type": "object",
           "description": "An AI integration. The api key itself is never returned, only `has_api_key`.",
           "required": [
            "id",
            "name",
            "provider",
            "has_api_key",
            "enable_default_models",
            "function_calling_enabled",
            "auth_type",
            "scopings",
            "created_at",
            "updated_at",
            "created_by_user_id"
           ],
           "properties": {
            "id": {
             "type": "string",
             "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
             "minLength": 4,
             "maxLength": 512,
             "pattern": "^[A-Za-z0-9+/]+={0,2}$",
             "examples": [
              "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
             ]
            },
            "name": {
             "type": "string",
             "minLength": 1,
             "description": "Unique within the account."
            },
            "provider": {
             "type": "string",
             "description": "The external LLM provider.",
             "enum": [
              "OPEN_AI",
              "AZURE_OPEN_AI",
              "AWS_BEDROCK",
              "VERTEX_AI",
              "ANTHROPIC",
              "CUSTOM",
              "NVIDIA_NIM",
              "GEMINI"
             ]
            },
            "has_api_key": {
             "type": "boolean",
             "description": "Whether a key is stored."
            },
            "base_url": {
             "type": [
              "string",
              "null"
             ],
             "description": "Custom base URL."
            },
            "model_names": {
             "type": [
              "array",
              "null"
             ],
             "items": {
              "type": "string"
             },
             "description": "Supported model names."
            },
            "headers": {
             "oneOf": [
              {
               "type": "object",
               "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
               "additionalProperties": {
                "type": "string"
               }
              },
              {
               "type": "null"
              }
             ]
            },
            "enable_default_models": {
             "type": "boolean"
            },
            "function_calling_enabled": {
             "type": "boolean"
            },
            "auth_type": {
             "type": "string",
             "description": "How requests to the provider are authenticated.",
             "enum": [
              "DEFAULT",
              "PROXY_WITH_HEADERS",
              "BEARER_TOKEN"
             ]
            },
            "provider_metadata": {
             "oneOf": [
              {
               "type": "object",
               "description": "Provider-specific metadata, discriminated by `kind`.",
               "oneOf": [
                {
                 "type": "object",
                 "description": "AWS metadata, required for AWS_BEDROCK.",
                 "required": [
                  "kind",
                  "role_arn"
                 ],
                 "properties": {
                  "kind": {
                   "type": "string",
                   "const": "AWS"
                  },
                  "role_arn": {
                   "type": "string",
                   "minLength": 1,
                   "description": "ARN of the IAM role to assume."
                  },
                  "external_id": {
                   "type": [
                    "string",
                    "null"
                   ],
                   "description": "External id for the role trust policy."
                  }
                 }
                },
                {
                 "type": "object",
                 "description": "GCP metadata, required for VERTEX_AI.",
                 "required": [
                  "kind",
                  "project_id",
                  "location",
                  "project_access_label"
                 ],
                 "properties": {
                  "kind": {
                   "type": "string",
                   "const": "GCP"
                  },
                  "project_id": {
                   "type": "string",
                   "minLength": 1
                  },
                  "location": {
                   "type": "string",
                   "minLength": 1
                  },
                  "project_access_label": {
                   "type": "string",
                   "minLength": 1
                  }
                 }
                }
               ],
               "discriminator": {
                "propertyName": "kind",
                "mapping": {
                 "AWS": "#/components/schemas/AwsProviderMetadata",
                 "GCP": "#/components/schemas/GcpProviderMetadata"
                }
               }
              },
              {
               "type": "null"
              }
             ]
            },
            "scopings": {
             "type": "array",
             "items": {
              "type": "object",
              "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
              "properties": {
               "organization_id": {
                "type": [
                 "string",
                 "null"
                ],
                "minLength": 1,
                "description": "Base64 id of the organization; null means account-wide."
               },
               "space_id": {
                "type": [
                 "string",
                 "null"
                ],
                "minLength": 1,
                "description": "Base64 id of the space; null means organization-wide."
               }
              }
             }
            },
            "created_at": {
             "type": "string",
             "format": "date-time",
             "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
             "examples": [
              "2026-02-13T21:27:19.055Z"
             ]
            },
            "updated_at": {
             "type": "string",
             "format": "date-time",
             "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
             "examples": [
              "2026-02-13T21:27:19.055Z"
             ]
            },
            "created_by_user_id": {
             "type": "string",
             "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
             "minLength": 4,
             "maxLength": 512,
             "pattern": "^[A-Za-z0-9+/]+={0,2}$",
             "examples": [
              "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
             ]
            }
           }
          },
          "examples": {
           "openAI": {
            "summary": "An OpenAI integration with a key and two models",
            "value": {
             "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "name": "Production OpenAI",
             "provider": "OPEN_AI",
             "has_api_key": true,
             "model_names": [
              "gpt-4o",
              "gpt-4o-mini"
             ],
             "enable_default_models": false,
             "function_calling_enabled": true,
             "auth_type": "DEFAULT",
             "scopings": [
              {}
             ],
             "created_at": "2026-02-13T21:27:19.055Z",
             "updated_at": "2026-02-13T21:27:19.055Z",
             "created_by_user_id": "VXNlcjoxOm5OYkM="
            }
           }
          }
         }
        }
       },
       "400": {
        "description": "Invalid request parameters (malformed JSON, wrong type, invalid id format, empty update).",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "emptyUpdate": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
             "title": "Invalid request parameters",
             "status": 400,
             "detail": "At least one updatable field must be provided.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "errors": [
              {
               "pointer": "/body",
               "message": "must have at least one property"
              }
             ]
            }
           }
          }
         }
        }
       },
       "401": {
        "description": "A missing credential, or an Authorization header without the Bearer prefix.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "missing": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#authentication-required",
             "title": "Authentication required",
             "status": 401,
             "detail": "Send the header \"Authorization: Bearer <api key>\""
            }
           }
          }
         }
        }
       },
       "404": {
        "description": "The integration does not exist or belongs to another account.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "unknownId": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#resource-not-found",
             "title": "Resource not found",
             "status": 404,
             "detail": "No AI integration with id TGxtSW50ZWdyYXRpb246OTk6WnpaeA==.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246OTk6WnpaeA=="
            }
           }
          }
         }
        }
       },
       "429": {
        "description": "Too many requests. Retry after the number of seconds in Retry-After, when it is sent.",
        "headers": {
         "Retry-After": {
          "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
          "required": false,
          "schema": {
           "type": "string",
           "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
          }
         }
        },
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "tooMany": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded",
             "title": "Rate limit exceeded",
             "status": 429,
             "detail": "Retry after 1 second."
            }
           }
          }
         }
        }
       }
      }
     },
     "patch": {
      "operationId": "update_ai_integration",
      "summary": "Update an AI integration",
      "description": "Partial update. Only the fields present in the body change; at least one updatable field\nmust be provided. The full rule set is in `x-contract-rules` (table: `spec/RULES.md`).\nThe 200 response is the whole updated integration; a GET right after returns the same.\n",
      "tags": [
       "AI integrations"
      ],
      "x-contract-rules": [
       {
        "id": "non-empty",
        "contract": "Update rule 1",
        "kit": "A 4xx (exactly 400 with --strict), and the integration unchanged: the status of an empty body is a decision.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "summary": "At least one updatable field must be provided; `{}` is invalid.",
        "details": "Decision: a body holding only unknown properties is also 400 invalid-request.\n"
       },
       {
        "id": "omitted-unchanged",
        "contract": "Update rule 2",
        "kit": "As stated, by meaning (absent equals null, lists as sets, extra members ignored); also for PATCHes of disjoint fields sent at the same moment (no update lost, in some order).",
        "origin": "fact",
        "status": 200,
        "summary": "Fields omitted from the body are left unchanged."
       },
       {
        "id": "name-unique",
        "contract": "Update rule 3",
        "kit": "A 409 and both integrations unchanged, also onto a name past the first page of the account; of renames and creates onto one name sent at the same moment exactly one succeeds. Names that differ only in case are not checked.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 409,
        "problem": "resource-conflict",
        "fields": [
         "name"
        ],
        "summary": "A provided name must be unique within the account.",
        "details": "Decision: 409 when another integration of the same account has exactly that name\n(case-sensitive); renaming an integration to its own current name succeeds; the same\nname in another account succeeds.\n"
       },
       {
        "id": "api-key",
        "contract": "Update rule 4",
        "kit": "As stated; no response holds a key sent, nor the caller's credential.",
        "origin": "fact",
        "status": 200,
        "fields": [
         "api_key"
        ],
        "summary": "A string sets the key (has_api_key true), null removes it (has_api_key false), omitted keeps it.",
        "details": "The key is never returned: in no response, list, error or log line.\n"
       },
       {
        "id": "null-clears",
        "contract": "Update rule 5",
        "kit": "Absent and null both count as cleared. provider_metadata is cleared only where the target accepts metadata on a provider that needs none.",
        "origin": "fact",
        "status": 200,
        "fields": [
         "base_url",
         "headers",
         "provider_metadata"
        ],
        "summary": "base_url, headers and provider_metadata set to null are removed.",
        "details": "Responses then show them absent or null; the two are equal when comparing.\n"
       },
       {
        "id": "replace-all",
        "contract": "Update rule 6",
        "kit": "As stated, lists compared as sets; scopings use only the ids given with --organization-id and --space-id (account-wide otherwise).",
        "origin": "fact",
        "status": 200,
        "fields": [
         "model_names",
         "scopings",
         "provider_metadata"
        ],
        "summary": "model_names, scopings and provider_metadata replace the stored value wholesale (no merge).",
        "details": "An empty list is valid (the schemas set no minimum) and replaces the list with an empty\none: `scopings: []` leaves an integration with no visibility rule, listed without a space\nfilter and under no space's.\n"
       },
       {
        "id": "headers-replace",
        "contract": "Update rule 6",
        "kit": "Not checked: every header sent must be in the result, so a merge passes.",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "headers"
        ],
        "summary": "headers replaces the whole stored map (no merge).",
        "details": "The public text does not say; the conformance kit checks it only in strict mode.\n"
       },
       {
        "id": "empty-scopings-stored",
        "contract": "Update rule 6",
        "kit": "Not checked: `scopings: []` may come back as `[]` or as one account-wide scoping (the two compare equal).",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "scopings"
        ],
        "summary": "`scopings: []` stores an empty list, shown as `[]`.",
        "details": "The public text does not say whether an empty list is stored as sent or read as\naccount-wide; a server that answers one account-wide scoping (the create default) is\nalso faithful. The conformance kit tells the two apart only in strict mode.\n"
       },
       {
        "id": "provider-change",
        "contract": "Update rule 9",
        "kit": "A PATCH that changes the provider may get a 4xx that changes nothing.",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "provider"
        ],
        "summary": "provider may change on PATCH, subject to provider-consistency.",
        "details": "`provider` is in the PATCH body of the public spec, but one of Arize's guides says it\ncannot change after creation. The mock lets it change; without --strict the conformance\nkit accepts a 4xx that changes nothing for a PATCH that changes the provider.\n"
       },
       {
        "id": "metadata-on-any-provider",
        "contract": "Resource, provider_metadata",
        "kit": "A create of one may be refused (null-clears then notes provider_metadata as not checked); a PATCH that would leave one may get a 4xx that changes nothing.",
        "origin": "decision",
        "strict": true,
        "status": 200,
        "fields": [
         "provider",
         "provider_metadata"
        ],
        "summary": "Providers that need no particular metadata accept any provider_metadata, or none.",
        "details": "The public text is silent. The mock stores it. The conformance kit creates such an\nintegration only to check that null clears its metadata (and notes it when the target\nrefuses), and without --strict accepts a 4xx that changes nothing for a PATCH that would\nleave one.\n"
       },
       {
        "id": "types-enforced",
        "contract": "Update rule 7",
        "kit": "A 4xx (exactly 400 with --strict), and nothing changed.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "summary": "Types and enums are enforced; null on a non-nullable field is 400.",
        "details": "The public text says 400 for a wrong type and for null on a non-nullable field; for an\nunknown enum value or a nested structure broken inside (metadata without a member its\nkind requires) a faithful server may answer 400 or 422, so the conformance kit accepts\nany 4xx that changes nothing without --strict.\n",
        "params": {
         "notNullable": [
          "name",
          "provider",
          "model_names",
          "enable_default_models",
          "function_calling_enabled",
          "auth_type",
          "scopings"
         ]
        }
       },
       {
        "id": "unknown-properties-rejected",
        "contract": "Update rule 12",
        "kit": "A 4xx that changes nothing, or a 200 that ignored the unknown properties and did exactly what the rest says.",
        "origin": "decision",
        "strict": true,
        "status": 400,
        "problem": "invalid-request",
        "summary": "Unknown body properties are 400 in the mock; the kit does not require this of a target.",
        "details": "This covers unknown properties inside scopings and provider_metadata too.\n"
       },
       {
        "id": "non-empty-strings",
        "contract": "Update rule 7",
        "kit": "A 4xx that changes nothing, or a 200 that stored the empty string as sent.",
        "origin": "decision",
        "strict": true,
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "name",
         "api_key",
         "scopings",
         "provider_metadata"
        ],
        "summary": "Strings the spec gives a minimum length (name, api_key, ids and metadata values) must not be empty.",
        "details": "The public text does not say; the conformance kit checks it only in strict mode.\n"
       },
       {
        "id": "atomic",
        "contract": "Update rule 8",
        "kit": "As stated: every rejection the kit meets is followed by a GET that must show the integration as it was.",
        "origin": "decision",
        "status": 400,
        "details": "Any 4xx: 400, 404, 409, 413 and 422 alike leave the integration as it was.\n",
        "summary": "A rejected PATCH (any 4xx) changes nothing, not even part of the body."
       },
       {
        "id": "provider-consistency",
        "contract": "Update rule 9",
        "kit": "A 422 and the integration unchanged; any 4xx where the same PATCH also changes the provider or leaves no model source.",
        "origin": "fact",
        "status": 422,
        "problem": "unprocessable-entity",
        "fields": [
         "provider",
         "provider_metadata"
        ],
        "summary": "On the state after the patch, AWS_BEDROCK needs AWS metadata and VERTEX_AI needs GCP metadata.",
        "details": "So `provider_metadata: null` on an AWS_BEDROCK integration is a 422.\n",
        "params": {
         "requiredMetadataKind": {
          "AWS_BEDROCK": "AWS",
          "VERTEX_AI": "GCP"
         }
        }
       },
       {
        "id": "immutable-fields",
        "contract": "Update rule 10",
        "kit": "As stated; created_at compared as an instant.",
        "origin": "decision",
        "status": 200,
        "fields": [
         "id",
         "created_at",
         "created_by_user_id"
        ],
        "summary": "id, created_at and created_by_user_id never change."
       },
       {
        "id": "updated-at-advances",
        "contract": "Update rule 10",
        "kit": "Never before created_at and never back, compared as instants; strictly later on every PATCH only with --strict.",
        "origin": "decision",
        "status": 200,
        "fields": [
         "updated_at"
        ],
        "summary": "updated_at moves forward on every successful PATCH and is never before created_at."
       },
       {
        "id": "headers-size-limit",
        "contract": "Update rule 11",
        "kit": "A 4xx (exactly 400 with --strict), and nothing changed.",
        "origin": "fact",
        "statusOrigin": "decision",
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "headers"
        ],
        "summary": "The serialized headers map must not exceed 8,175 bytes.",
        "details": "Fact from later spec text; Decision: the status is 400. Size is the UTF-8 byte length\nof the map serialized as JSON.\n",
        "params": {
         "maxBytes": 8175
        }
       },
       {
        "id": "malformed-body",
        "contract": "Update rule 12",
        "kit": "A 4xx (exactly 400 with --strict), and nothing changed.",
        "origin": "fact",
        "status": 400,
        "problem": "invalid-request",
        "summary": "A body that is not JSON, or is JSON but not an object, is 400.",
        "details": "Decision: a body whose Content-Type is not JSON (or is missing) is 415\nunsupported-media-type instead, and is not read; the conformance kit always sends\n`application/json`.\n"
       },
       {
        "id": "malformed-id",
        "contract": "Update rule 12",
        "kit": "A 400 on get, patch and delete, only for ids that fail the Base64Id pattern.",
        "origin": "fact",
        "status": 400,
        "problem": "invalid-request",
        "fields": [
         "id"
        ],
        "summary": "An integration id of an invalid format is 400.",
        "details": "The format is the Base64Id pattern. Decision: the mock also treats as malformed an id\nthat is not the canonical base64 of `LlmIntegration:<n>:<4 alphanumeric>`, as such an\nid can name no integration; the conformance kit only counts pattern failures as malformed.\n"
       },
       {
        "id": "not-found",
        "contract": "Update rule 12",
        "kit": "A 404 for a deleted id; for another account's id a 404, or a 403 where the operation declares it (patch, delete: the resource exists but the action is not allowed), and nothing changed; exactly 404 with --strict.",
        "origin": "decision",
        "statusOrigin": "decision",
        "strict": true,
        "status": 404,
        "problem": "resource-not-found",
        "summary": "A well-formed id that does not exist, or belongs to another account, is 404.",
        "details": "The API deliberately does not tell the two apart.\n"
       },
       {
        "id": "read-back",
        "contract": "Update rule 13",
        "kit": "The GET equals the 200 body by meaning (exact JSON with --strict). Awkward text (non-ASCII, lone surrogates, control characters, LIKE and regex characters, long values) that a create or PATCH accepted comes back with every character and map entry, surrounding whitespace and Unicode normalisation tolerated; a 4xx that changes nothing is accepted too.",
        "origin": "fact",
        "status": 200,
        "summary": "The 200 body is the whole updated integration, and a GET right after returns the same."
       }
      ],
      "requestBody": {
       "required": true,
       "content": {
        "application/json": {
         "schema": {
          "type": "object",
          "description": "Every field is optional, but at least one must be provided (rule non-empty). Only api_key,\nbase_url, headers and provider_metadata are nullable; null removes them. Decision: unknown\nproperties are rejected.\n",
          "additionalProperties": false,
          "minProperties": 1,
          "properties": {
           "name": {
            "type": "string",
            "minLength": 1,
            "description": "Must be unique within the account (rule name-unique)."
           },
           "provider": {
            "type": "string",
            "description": "The external LLM provider.",
            "enum": [
             "OPEN_AI",
             "AZURE_OPEN_AI",
             "AWS_BEDROCK",
             "VERTEX_AI",
             "ANTHROPIC",
             "CUSTOM",
             "NVIDIA_NIM",
             "GEMINI"
            ]
           },
           "api_key": {
            "type": [
             "string",
             "null"
            ],
            "minLength": 1,
            "writeOnly": true,
            "description": "A string sets the key, null removes it, omitted keeps it. Never returned."
           },
           "base_url": {
            "type": [
             "string",
             "null"
            ],
            "description": "null clears it."
           },
           "model_names": {
            "type": "array",
            "items": {
             "type": "string"
            },
            "description": "Replaces the whole list."
           },
           "headers": {
            "description": "Replaces the whole map (Decision); null clears it.",
            "oneOf": [
             {
              "type": "object",
              "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
              "additionalProperties": {
               "type": "string"
              }
             },
             {
              "type": "null"
             }
            ]
           },
           "enable_default_models": {
            "type": "boolean"
           },
           "function_calling_enabled": {
            "type": "boolean"
           },
           "auth_type": {
            "type": "string",
            "description": "How requests to the provider are authenticated.",
            "enum": [
             "DEFAULT",
             "PROXY_WITH_HEADERS",
             "BEARER_TOKEN"
            ]
           },
           "provider_metadata": {
            "description": "Replaces the stored object (no deep merge); null clears it.",
            "oneOf": [
             {
              "type": "object",
              "description": "ProviderMetadata in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected); the properties of the branch `kind` selects are the known ones.\nEach branch closes itself. Not `unevaluatedProperties: false` beside this oneOf: there Ajv 8\nrecords the evaluated properties in a plain object, so a key named like a member of\nObject.prototype (constructor, toString, __proto__, ...) counts as evaluated and gets through\n(the family of ajv-validator/ajv#2664).\n",
              "oneOf": [
               {
                "type": "object",
                "description": "AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
                "allOf": [
                 {
                  "type": "object",
                  "description": "AWS metadata, required for AWS_BEDROCK.",
                  "required": [
                   "kind",
                   "role_arn"
                  ],
                  "properties": {
                   "kind": {
                    "type": "string",
                    "const": "AWS"
                   },
                   "role_arn": {
                    "type": "string",
                    "minLength": 1,
                    "description": "ARN of the IAM role to assume."
                   },
                   "external_id": {
                    "type": [
                     "string",
                     "null"
                    ],
                    "description": "External id for the role trust policy."
                   }
                  }
                 }
                ],
                "unevaluatedProperties": false
               },
               {
                "type": "object",
                "description": "GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
                "allOf": [
                 {
                  "type": "object",
                  "description": "GCP metadata, required for VERTEX_AI.",
                  "required": [
                   "kind",
                   "project_id",
                   "location",
                   "project_access_label"
                  ],
                  "properties": {
                   "kind": {
                    "type": "string",
                    "const": "GCP"
                   },
                   "project_id": {
                    "type": "string",
                    "minLength": 1
                   },
                   "location": {
                    "type": "string",
                    "minLength": 1
                   },
                   "project_access_label": {
                    "type": "string",
                    "minLength": 1
                   }
                  }
                 }
                ],
                "unevaluatedProperties": false
               }
              ],
              "discriminator": {
               "propertyName": "kind",
               "mapping": {
                "AWS": "#/components/schemas/AwsProviderMetadataInput",
                "GCP": "#/components/schemas/GcpProviderMetadataInput"
               }
              }
             },
             {
              "type": "null"
             }
            ]
           },
           "scopings": {
            "type": "array",
            "items": {
             "type": "object",
             "description": "A Scoping in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected).\n",
             "allOf": [
              {
               "type": "object",
               "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
               "properties": {
                "organization_id": {
                 "type": [
                  "string",
                  "null"
                 ],
                 "minLength": 1,
                 "description": "Base64 id of the organization; null means account-wide."
                },
                "space_id": {
                 "type": [
                  "string",
                  "null"
                 ],
                 "minLength": 1,
                 "description": "Base64 id of the space; null means organization-wide."
                }
               }
              }
             ],
             "unevaluatedProperties": false
            },
            "description": "Replaces all rules."
           }
          }
         },
         "examples": {
          "renameAndModels": {
           "summary": "The documented valid update",
           "value": {
            "name": "Updated Integration",
            "model_names": [
             "gpt-4o",
             "gpt-4o-mini"
            ]
           }
          },
          "removeKeyAndBaseUrl": {
           "summary": "null removes the key and clears base_url",
           "value": {
            "api_key": null,
            "base_url": null
           }
          },
          "switchToBedrock": {
           "summary": "Change provider together with its metadata",
           "value": {
            "provider": "AWS_BEDROCK",
            "provider_metadata": {
             "kind": "AWS",
             "role_arn": "arn:aws:iam::123456789012:role/ArizeBedrock"
            }
           }
          }
         },
         "x-invalid-examples": {
          "empty": {
           "summary": "The documented invalid update (no field provided)",
           "value": {},
           "rule": "non-empty",
           "status": 400
          },
          "nullName": {
           "summary": "null on a non-nullable field",
           "value": {
            "name": null
           },
           "rule": "types-enforced",
           "status": 400
          }
         }
        }
       }
      },
      "responses": {
       "200": {
        "description": "The whole updated AI integration.",
        "content": {
         "application/json": {
          "schema": {
           "type": "object",
           "description": "An AI integration. The api key itself is never returned, only `has_api_key`.",
           "required": [
            "id",
            "name",
            "provider",
            "has_api_key",
            "enable_default_models",
            "function_calling_enabled",
            "auth_type",
            "scopings",
            "created_at",
            "updated_at",
            "created_by_user_id"
           ],
           "properties": {
            "id": {
             "type": "string",
             "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
             "minLength": 4,
             "maxLength": 512,
             "pattern": "^[A-Za-z0-9+/]+={0,2}$",
             "examples": [
              "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
             ]
            },
            "name": {
             "type": "string",
             "minLength": 1,
             "description": "Unique within the account."
            },
            "provider": {
             "type": "string",
             "description": "The external LLM provider.",
             "enum": [
              "OPEN_AI",
              "AZURE_OPEN_AI",
              "AWS_BEDROCK",
              "VERTEX_AI",
              "ANTHROPIC",
              "CUSTOM",
              "NVIDIA_NIM",
              "GEMINI"
             ]
            },
            "has_api_key": {
             "type": "boolean",
             "description": "Whether a key is stored."
            },
            "base_url": {
             "type": [
              "string",
              "null"
             ],
             "description": "Custom base URL."
            },
            "model_names": {
             "type": [
              "array",
              "null"
             ],
             "items": {
              "type": "string"
             },
             "description": "Supported model names."
            },
            "headers": {
             "oneOf": [
              {
               "type": "object",
               "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
               "additionalProperties": {
                "type": "string"
               }
              },
              {
               "type": "null"
              }
             ]
            },
            "enable_default_models": {
             "type": "boolean"
            },
            "function_calling_enabled": {
             "type": "boolean"
            },
            "auth_type": {
             "type": "string",
             "description": "How requests to the provider are authenticated.",
             "enum": [
              "DEFAULT",
              "PROXY_WITH_HEADERS",
              "BEARER_TOKEN"
             ]
            },
            "provider_metadata": {
             "oneOf": [
              {
               "type": "object",
               "description": "Provider-specific metadata, discriminated by `kind`.",
               "oneOf": [
                {
                 "type": "object",
                 "description": "AWS metadata, required for AWS_BEDROCK.",
                 "required": [
                  "kind",
                  "role_arn"
                 ],
                 "properties": {
                  "kind": {
                   "type": "string",
                   "const": "AWS"
                  },
                  "role_arn": {
                   "type": "string",
                   "minLength": 1,
                   "description": "ARN of the IAM role to assume."
                  },
                  "external_id": {
                   "type": [
                    "string",
                    "null"
                   ],
                   "description": "External id for the role trust policy."
                  }
                 }
                },
                {
                 "type": "object",
                 "description": "GCP metadata, required for VERTEX_AI.",
                 "required": [
                  "kind",
                  "project_id",
                  "location",
                  "project_access_label"
                 ],
                 "properties": {
                  "kind": {
                   "type": "string",
                   "const": "GCP"
                  },
                  "project_id": {
                   "type": "string",
                   "minLength": 1
                  },
                  "location": {
                   "type": "string",
                   "minLength": 1
                  },
                  "project_access_label": {
                   "type": "string",
                   "minLength": 1
                  }
                 }
                }
               ],
               "discriminator": {
                "propertyName": "kind",
                "mapping": {
                 "AWS": "#/components/schemas/AwsProviderMetadata",
                 "GCP": "#/components/schemas/GcpProviderMetadata"
                }
               }
              },
              {
               "type": "null"
              }
             ]
            },
            "scopings": {
             "type": "array",
             "items": {
              "type": "object",
              "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
              "properties": {
               "organization_id": {
                "type": [
                 "string",
                 "null"
                ],
                "minLength": 1,
                "description": "Base64 id of the organization; null means account-wide."
               },
               "space_id": {
                "type": [
                 "string",
                 "null"
                ],
                "minLength": 1,
                "description": "Base64 id of the space; null means organization-wide."
               }
              }
             }
            },
            "created_at": {
             "type": "string",
             "format": "date-time",
             "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
             "examples": [
              "2026-02-13T21:27:19.055Z"
             ]
            },
            "updated_at": {
             "type": "string",
             "format": "date-time",
             "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
             "examples": [
              "2026-02-13T21:27:19.055Z"
             ]
            },
            "created_by_user_id": {
             "type": "string",
             "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
             "minLength": 4,
             "maxLength": 512,
             "pattern": "^[A-Za-z0-9+/]+={0,2}$",
             "examples": [
              "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
             ]
            }
           }
          },
          "examples": {
           "updated": {
            "summary": "After the documented valid update",
            "value": {
             "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "name": "Updated Integration",
             "provider": "OPEN_AI",
             "has_api_key": true,
             "model_names": [
              "gpt-4o",
              "gpt-4o-mini"
             ],
             "enable_default_models": false,
             "function_calling_enabled": true,
             "auth_type": "DEFAULT",
             "scopings": [
              {}
             ],
             "created_at": "2026-02-13T21:27:19.055Z",
             "updated_at": "2026-02-14T08:02:45.310Z",
             "created_by_user_id": "VXNlcjoxOm5OYkM="
            }
           }
          }
         }
        }
       },
       "400": {
        "description": "Invalid request parameters (malformed JSON, wrong type, invalid id format, empty update).",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "emptyUpdate": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
             "title": "Invalid request parameters",
             "status": 400,
             "detail": "At least one updatable field must be provided.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "errors": [
              {
               "pointer": "/body",
               "message": "must have at least one property"
              }
             ]
            }
           }
          }
         }
        }
       },
       "401": {
        "description": "A missing credential, or an Authorization header without the Bearer prefix.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "missing": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#authentication-required",
             "title": "Authentication required",
             "status": 401,
             "detail": "Send the header \"Authorization: Bearer <api key>\""
            }
           }
          }
         }
        }
       },
       "403": {
        "description": "The resource exists but the action is not allowed.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "readOnly": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#access-forbidden",
             "title": "Access forbidden",
             "status": 403,
             "detail": "This API key is read-only"
            }
           }
          }
         }
        }
       },
       "404": {
        "description": "The integration does not exist or belongs to another account.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "unknownId": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#resource-not-found",
             "title": "Resource not found",
             "status": 404,
             "detail": "No AI integration with id TGxtSW50ZWdyYXRpb246OTk6WnpaeA==.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246OTk6WnpaeA=="
            }
           }
          }
         }
        }
       },
       "409": {
        "description": "Another integration of the account already has this name.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "nameTaken": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#resource-conflict",
             "title": "Resource conflict",
             "status": 409,
             "detail": "An AI integration named \"Production OpenAI\" already exists in this account."
            }
           }
          }
         }
        }
       },
       "413": {
        "description": "Decision. The request body is larger than the server accepts.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "tooLarge": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#payload-too-large",
             "title": "Payload too large",
             "status": 413,
             "detail": "The request body exceeds 1048576 bytes."
            }
           }
          }
         }
        }
       },
       "415": {
        "description": "Decision (the public text is silent; a server may answer 400). The body is not sent as\nJSON: its Content-Type is neither `application/json` nor `application/*+json` (or is\nmissing), or names a charset or Content-Encoding the server does not read. The body is not\nread.\n",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "textPlain": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#unsupported-media-type",
             "title": "Unsupported media type",
             "status": 415,
             "detail": "Content-Type text/plain is not JSON: send the body as application/json."
            }
           }
          }
         }
        }
       },
       "422": {
        "description": "The request is well-formed but inconsistent (provider and provider_metadata).",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "missingMetadata": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#unprocessable-entity",
             "title": "Unprocessable Entity",
             "status": 422,
             "detail": "Provider AWS_BEDROCK requires provider_metadata of kind AWS."
            }
           }
          }
         }
        }
       },
       "429": {
        "description": "Too many requests. Retry after the number of seconds in Retry-After, when it is sent.",
        "headers": {
         "Retry-After": {
          "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
          "required": false,
          "schema": {
           "type": "string",
           "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
          }
         }
        },
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "tooMany": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded",
             "title": "Rate limit exceeded",
             "status": 429,
             "detail": "Retry after 1 second."
            }
           }
          }
         }
        }
       }
      }
     },
     "delete": {
      "operationId": "delete_ai_integration",
      "summary": "Delete an AI integration",
      "description": "Deletes one AI integration of the caller's account.",
      "tags": [
       "AI integrations"
      ],
      "responses": {
       "204": {
        "description": "Deleted; no body."
       },
       "400": {
        "description": "Invalid request parameters (malformed JSON, wrong type, invalid id format, empty update).",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "emptyUpdate": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
             "title": "Invalid request parameters",
             "status": 400,
             "detail": "At least one updatable field must be provided.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
             "errors": [
              {
               "pointer": "/body",
               "message": "must have at least one property"
              }
             ]
            }
           }
          }
         }
        }
       },
       "401": {
        "description": "A missing credential, or an Authorization header without the Bearer prefix.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "missing": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#authentication-required",
             "title": "Authentication required",
             "status": 401,
             "detail": "Send the header \"Authorization: Bearer <api key>\""
            }
           }
          }
         }
        }
       },
       "403": {
        "description": "The resource exists but the action is not allowed.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "readOnly": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#access-forbidden",
             "title": "Access forbidden",
             "status": 403,
             "detail": "This API key is read-only"
            }
           }
          }
         }
        }
       },
       "404": {
        "description": "The integration does not exist or belongs to another account.",
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "unknownId": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#resource-not-found",
             "title": "Resource not found",
             "status": 404,
             "detail": "No AI integration with id TGxtSW50ZWdyYXRpb246OTk6WnpaeA==.",
             "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246OTk6WnpaeA=="
            }
           }
          }
         }
        }
       },
       "429": {
        "description": "Too many requests. Retry after the number of seconds in Retry-After, when it is sent.",
        "headers": {
         "Retry-After": {
          "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
          "required": false,
          "schema": {
           "type": "string",
           "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
          }
         }
        },
        "content": {
         "application/problem+json": {
          "schema": {
           "type": "object",
           "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
           "required": [
            "title",
            "status"
           ],
           "properties": {
            "type": {
             "type": "string",
             "format": "uri-reference",
             "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
            },
            "title": {
             "type": "string"
            },
            "status": {
             "type": "integer",
             "minimum": 400,
             "maximum": 599
            },
            "detail": {
             "type": "string"
            },
            "instance": {
             "type": "string"
            },
            "errors": {
             "type": "array",
             "description": "Decision, extension member. The offending fields of a validation error.",
             "items": {
              "type": "object",
              "description": "One offending field of a rejected request (Decision, a problem+json extension).",
              "required": [
               "pointer",
               "message"
              ],
              "properties": {
               "pointer": {
                "type": "string",
                "description": "JSON pointer into the request (body, query or path)."
               },
               "message": {
                "type": "string"
               }
              }
             }
            }
           }
          },
          "examples": {
           "tooMany": {
            "value": {
             "type": "https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded",
             "title": "Rate limit exceeded",
             "status": 429,
             "detail": "Retry after 1 second."
            }
           }
          }
         }
        }
       }
      }
     }
    }
   },
   "components": {
    "securitySchemes": {
     "bearerAuth": {
      "type": "http",
      "scheme": "bearer",
      "description": "`Authorization: Bearer <api key>`. A missing credential, or an Authorization header without\nthe `Bearer ` prefix, is 401.\n"
     }
    },
    "parameters": {
     "IntegrationId": {
      "name": "integration_id",
      "in": "path",
      "required": true,
      "description": "Opaque base64 id of the integration. Fact: an invalid id format is 400. Decision: a\nwell-formed id that does not exist, or belongs to another account, is 404.\n",
      "schema": {
       "type": "string",
       "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
       "minLength": 4,
       "maxLength": 512,
       "pattern": "^[A-Za-z0-9+/]+={0,2}$",
       "examples": [
        "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
       ]
      },
      "example": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
     },
     "Limit": {
      "name": "limit",
      "in": "query",
      "required": false,
      "description": "Page size.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 100,
       "default": 50
      }
     },
     "Cursor": {
      "name": "cursor",
      "in": "query",
      "required": false,
      "description": "Opaque cursor taken from `pagination.next_cursor` of the previous page.",
      "schema": {
       "type": "string",
       "minLength": 1
      }
     },
     "NameFilter": {
      "name": "name",
      "in": "query",
      "required": false,
      "description": "Case-insensitive substring of the integration name. Decision: at most 255 characters\n(no public source; the conformance kit never sends a longer one).\n",
      "schema": {
       "type": "string",
       "maxLength": 255
      }
     },
     "SpaceIdFilter": {
      "name": "space_id",
      "in": "query",
      "required": false,
      "description": "Only integrations visible in this space.",
      "schema": {
       "type": "string",
       "minLength": 1
      }
     },
     "SpaceNameFilter": {
      "name": "space_name",
      "in": "query",
      "required": false,
      "description": "Only integrations visible in the space of this name.",
      "schema": {
       "type": "string",
       "minLength": 1
      }
     }
    },
    "schemas": {
     "Base64Id": {
      "type": "string",
      "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
      "minLength": 4,
      "maxLength": 512,
      "pattern": "^[A-Za-z0-9+/]+={0,2}$",
      "examples": [
       "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
      ]
     },
     "Timestamp": {
      "type": "string",
      "format": "date-time",
      "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
      "examples": [
       "2026-02-13T21:27:19.055Z"
      ]
     },
     "Provider": {
      "type": "string",
      "description": "The external LLM provider.",
      "enum": [
       "OPEN_AI",
       "AZURE_OPEN_AI",
       "AWS_BEDROCK",
       "VERTEX_AI",
       "ANTHROPIC",
       "CUSTOM",
       "NVIDIA_NIM",
       "GEMINI"
      ]
     },
     "AuthType": {
      "type": "string",
      "description": "How requests to the provider are authenticated.",
      "enum": [
       "DEFAULT",
       "PROXY_WITH_HEADERS",
       "BEARER_TOKEN"
      ]
     },
     "Scoping": {
      "type": "object",
      "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
      "properties": {
       "organization_id": {
        "type": [
         "string",
         "null"
        ],
        "minLength": 1,
        "description": "Base64 id of the organization; null means account-wide."
       },
       "space_id": {
        "type": [
         "string",
         "null"
        ],
        "minLength": 1,
        "description": "Base64 id of the space; null means organization-wide."
       }
      }
     },
     "AwsProviderMetadata": {
      "type": "object",
      "description": "AWS metadata, required for AWS_BEDROCK.",
      "required": [
       "kind",
       "role_arn"
      ],
      "properties": {
       "kind": {
        "type": "string",
        "const": "AWS"
       },
       "role_arn": {
        "type": "string",
        "minLength": 1,
        "description": "ARN of the IAM role to assume."
       },
       "external_id": {
        "type": [
         "string",
         "null"
        ],
        "description": "External id for the role trust policy."
       }
      }
     },
     "GcpProviderMetadata": {
      "type": "object",
      "description": "GCP metadata, required for VERTEX_AI.",
      "required": [
       "kind",
       "project_id",
       "location",
       "project_access_label"
      ],
      "properties": {
       "kind": {
        "type": "string",
        "const": "GCP"
       },
       "project_id": {
        "type": "string",
        "minLength": 1
       },
       "location": {
        "type": "string",
        "minLength": 1
       },
       "project_access_label": {
        "type": "string",
        "minLength": 1
       }
      }
     },
     "ProviderMetadata": {
      "type": "object",
      "description": "Provider-specific metadata, discriminated by `kind`.",
      "oneOf": [
       {
        "type": "object",
        "description": "AWS metadata, required for AWS_BEDROCK.",
        "required": [
         "kind",
         "role_arn"
        ],
        "properties": {
         "kind": {
          "type": "string",
          "const": "AWS"
         },
         "role_arn": {
          "type": "string",
          "minLength": 1,
          "description": "ARN of the IAM role to assume."
         },
         "external_id": {
          "type": [
           "string",
           "null"
          ],
          "description": "External id for the role trust policy."
         }
        }
       },
       {
        "type": "object",
        "description": "GCP metadata, required for VERTEX_AI.",
        "required": [
         "kind",
         "project_id",
         "location",
         "project_access_label"
        ],
        "properties": {
         "kind": {
          "type": "string",
          "const": "GCP"
         },
         "project_id": {
          "type": "string",
          "minLength": 1
         },
         "location": {
          "type": "string",
          "minLength": 1
         },
         "project_access_label": {
          "type": "string",
          "minLength": 1
         }
        }
       }
      ],
      "discriminator": {
       "propertyName": "kind",
       "mapping": {
        "AWS": "#/components/schemas/AwsProviderMetadata",
        "GCP": "#/components/schemas/GcpProviderMetadata"
       }
      }
     },
     "ScopingInput": {
      "type": "object",
      "description": "A Scoping in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected).\n",
      "allOf": [
       {
        "type": "object",
        "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
        "properties": {
         "organization_id": {
          "type": [
           "string",
           "null"
          ],
          "minLength": 1,
          "description": "Base64 id of the organization; null means account-wide."
         },
         "space_id": {
          "type": [
           "string",
           "null"
          ],
          "minLength": 1,
          "description": "Base64 id of the space; null means organization-wide."
         }
        }
       }
      ],
      "unevaluatedProperties": false
     },
     "ProviderMetadataInput": {
      "type": "object",
      "description": "ProviderMetadata in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected); the properties of the branch `kind` selects are the known ones.\nEach branch closes itself. Not `unevaluatedProperties: false` beside this oneOf: there Ajv 8\nrecords the evaluated properties in a plain object, so a key named like a member of\nObject.prototype (constructor, toString, __proto__, ...) counts as evaluated and gets through\n(the family of ajv-validator/ajv#2664).\n",
      "oneOf": [
       {
        "type": "object",
        "description": "AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
        "allOf": [
         {
          "type": "object",
          "description": "AWS metadata, required for AWS_BEDROCK.",
          "required": [
           "kind",
           "role_arn"
          ],
          "properties": {
           "kind": {
            "type": "string",
            "const": "AWS"
           },
           "role_arn": {
            "type": "string",
            "minLength": 1,
            "description": "ARN of the IAM role to assume."
           },
           "external_id": {
            "type": [
             "string",
             "null"
            ],
            "description": "External id for the role trust policy."
           }
          }
         }
        ],
        "unevaluatedProperties": false
       },
       {
        "type": "object",
        "description": "GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
        "allOf": [
         {
          "type": "object",
          "description": "GCP metadata, required for VERTEX_AI.",
          "required": [
           "kind",
           "project_id",
           "location",
           "project_access_label"
          ],
          "properties": {
           "kind": {
            "type": "string",
            "const": "GCP"
           },
           "project_id": {
            "type": "string",
            "minLength": 1
           },
           "location": {
            "type": "string",
            "minLength": 1
           },
           "project_access_label": {
            "type": "string",
            "minLength": 1
           }
          }
         }
        ],
        "unevaluatedProperties": false
       }
      ],
      "discriminator": {
       "propertyName": "kind",
       "mapping": {
        "AWS": "#/components/schemas/AwsProviderMetadataInput",
        "GCP": "#/components/schemas/GcpProviderMetadataInput"
       }
      }
     },
     "AwsProviderMetadataInput": {
      "type": "object",
      "description": "AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
      "allOf": [
       {
        "type": "object",
        "description": "AWS metadata, required for AWS_BEDROCK.",
        "required": [
         "kind",
         "role_arn"
        ],
        "properties": {
         "kind": {
          "type": "string",
          "const": "AWS"
         },
         "role_arn": {
          "type": "string",
          "minLength": 1,
          "description": "ARN of the IAM role to assume."
         },
         "external_id": {
          "type": [
           "string",
           "null"
          ],
          "description": "External id for the role trust policy."
         }
        }
       }
      ],
      "unevaluatedProperties": false
     },
     "GcpProviderMetadataInput": {
      "type": "object",
      "description": "GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
      "allOf": [
       {
        "type": "object",
        "description": "GCP metadata, required for VERTEX_AI.",
        "required": [
         "kind",
         "project_id",
         "location",
         "project_access_label"
        ],
        "properties": {
         "kind": {
          "type": "string",
          "const": "GCP"
         },
         "project_id": {
          "type": "string",
          "minLength": 1
         },
         "location": {
          "type": "string",
          "minLength": 1
         },
         "project_access_label": {
          "type": "string",
          "minLength": 1
         }
        }
       }
      ],
      "unevaluatedProperties": false
     },
     "ProviderHeaders": {
      "type": "object",
      "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
      "additionalProperties": {
       "type": "string"
      }
     },
     "AiIntegration": {
      "type": "object",
      "description": "An AI integration. The api key itself is never returned, only `has_api_key`.",
      "required": [
       "id",
       "name",
       "provider",
       "has_api_key",
       "enable_default_models",
       "function_calling_enabled",
       "auth_type",
       "scopings",
       "created_at",
       "updated_at",
       "created_by_user_id"
      ],
      "properties": {
       "id": {
        "type": "string",
        "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
        "minLength": 4,
        "maxLength": 512,
        "pattern": "^[A-Za-z0-9+/]+={0,2}$",
        "examples": [
         "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
        ]
       },
       "name": {
        "type": "string",
        "minLength": 1,
        "description": "Unique within the account."
       },
       "provider": {
        "type": "string",
        "description": "The external LLM provider.",
        "enum": [
         "OPEN_AI",
         "AZURE_OPEN_AI",
         "AWS_BEDROCK",
         "VERTEX_AI",
         "ANTHROPIC",
         "CUSTOM",
         "NVIDIA_NIM",
         "GEMINI"
        ]
       },
       "has_api_key": {
        "type": "boolean",
        "description": "Whether a key is stored."
       },
       "base_url": {
        "type": [
         "string",
         "null"
        ],
        "description": "Custom base URL."
       },
       "model_names": {
        "type": [
         "array",
         "null"
        ],
        "items": {
         "type": "string"
        },
        "description": "Supported model names."
       },
       "headers": {
        "oneOf": [
         {
          "type": "object",
          "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
          "additionalProperties": {
           "type": "string"
          }
         },
         {
          "type": "null"
         }
        ]
       },
       "enable_default_models": {
        "type": "boolean"
       },
       "function_calling_enabled": {
        "type": "boolean"
       },
       "auth_type": {
        "type": "string",
        "description": "How requests to the provider are authenticated.",
        "enum": [
         "DEFAULT",
         "PROXY_WITH_HEADERS",
         "BEARER_TOKEN"
        ]
       },
       "provider_metadata": {
        "oneOf": [
         {
          "type": "object",
          "description": "Provider-specific metadata, discriminated by `kind`.",
          "oneOf": [
           {
            "type": "object",
            "description": "AWS metadata, required for AWS_BEDROCK.",
            "required": [
             "kind",
             "role_arn"
            ],
            "properties": {
             "kind": {
              "type": "string",
              "const": "AWS"
             },
             "role_arn": {
              "type": "string",
              "minLength": 1,
              "description": "ARN of the IAM role to assume."
             },
             "external_id": {
              "type": [
               "string",
               "null"
              ],
              "description": "External id for the role trust policy."
             }
            }
           },
           {
            "type": "object",
            "description": "GCP metadata, required for VERTEX_AI.",
            "required": [
             "kind",
             "project_id",
             "location",
             "project_access_label"
            ],
            "properties": {
             "kind": {
              "type": "string",
              "const": "GCP"
             },
             "project_id": {
              "type": "string",
              "minLength": 1
             },
             "location": {
              "type": "string",
              "minLength": 1
             },
             "project_access_label": {
              "type": "string",
              "minLength": 1
             }
            }
           }
          ],
          "discriminator": {
           "propertyName": "kind",
           "mapping": {
            "AWS": "#/components/schemas/AwsProviderMetadata",
            "GCP": "#/components/schemas/GcpProviderMetadata"
           }
          }
         },
         {
          "type": "null"
         }
        ]
       },
       "scopings": {
        "type": "array",
        "items": {
         "type": "object",
         "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
         "properties": {
          "organization_id": {
           "type": [
            "string",
            "null"
           ],
           "minLength": 1,
           "description": "Base64 id of the organization; null means account-wide."
          },
          "space_id": {
           "type": [
            "string",
            "null"
           ],
           "minLength": 1,
           "description": "Base64 id of the space; null means organization-wide."
          }
         }
        }
       },
       "created_at": {
        "type": "string",
        "format": "date-time",
        "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
        "examples": [
         "2026-02-13T21:27:19.055Z"
        ]
       },
       "updated_at": {
        "type": "string",
        "format": "date-time",
        "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
        "examples": [
         "2026-02-13T21:27:19.055Z"
        ]
       },
       "created_by_user_id": {
        "type": "string",
        "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
        "minLength": 4,
        "maxLength": 512,
        "pattern": "^[A-Za-z0-9+/]+={0,2}$",
        "examples": [
         "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
        ]
       }
      }
     },
     "PaginationMetadata": {
      "type": "object",
      "required": [
       "has_more"
      ],
      "description": "`next_cursor` is present exactly when `has_more` is true.",
      "if": {
       "properties": {
        "has_more": {
         "const": true
        }
       }
      },
      "then": {
       "properties": {
        "next_cursor": true
       },
       "required": [
        "next_cursor"
       ]
      },
      "else": {
       "properties": {
        "next_cursor": false
       }
      },
      "properties": {
       "has_more": {
        "type": "boolean"
       },
       "next_cursor": {
        "type": "string",
        "minLength": 1,
        "description": "Present exactly when has_more is true."
       }
      }
     },
     "AiIntegrationList": {
      "type": "object",
      "required": [
       "ai_integrations",
       "pagination"
      ],
      "properties": {
       "ai_integrations": {
        "type": "array",
        "items": {
         "type": "object",
         "description": "An AI integration. The api key itself is never returned, only `has_api_key`.",
         "required": [
          "id",
          "name",
          "provider",
          "has_api_key",
          "enable_default_models",
          "function_calling_enabled",
          "auth_type",
          "scopings",
          "created_at",
          "updated_at",
          "created_by_user_id"
         ],
         "properties": {
          "id": {
           "type": "string",
           "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
           "minLength": 4,
           "maxLength": 512,
           "pattern": "^[A-Za-z0-9+/]+={0,2}$",
           "examples": [
            "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
           ]
          },
          "name": {
           "type": "string",
           "minLength": 1,
           "description": "Unique within the account."
          },
          "provider": {
           "type": "string",
           "description": "The external LLM provider.",
           "enum": [
            "OPEN_AI",
            "AZURE_OPEN_AI",
            "AWS_BEDROCK",
            "VERTEX_AI",
            "ANTHROPIC",
            "CUSTOM",
            "NVIDIA_NIM",
            "GEMINI"
           ]
          },
          "has_api_key": {
           "type": "boolean",
           "description": "Whether a key is stored."
          },
          "base_url": {
           "type": [
            "string",
            "null"
           ],
           "description": "Custom base URL."
          },
          "model_names": {
           "type": [
            "array",
            "null"
           ],
           "items": {
            "type": "string"
           },
           "description": "Supported model names."
          },
          "headers": {
           "oneOf": [
            {
             "type": "object",
             "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
             "additionalProperties": {
              "type": "string"
             }
            },
            {
             "type": "null"
            }
           ]
          },
          "enable_default_models": {
           "type": "boolean"
          },
          "function_calling_enabled": {
           "type": "boolean"
          },
          "auth_type": {
           "type": "string",
           "description": "How requests to the provider are authenticated.",
           "enum": [
            "DEFAULT",
            "PROXY_WITH_HEADERS",
            "BEARER_TOKEN"
           ]
          },
          "provider_metadata": {
           "oneOf": [
            {
             "type": "object",
             "description": "Provider-specific metadata, discriminated by `kind`.",
             "oneOf": [
              {
               "type": "object",
               "description": "AWS metadata, required for AWS_BEDROCK.",
               "required": [
                "kind",
                "role_arn"
               ],
               "properties": {
                "kind": {
                 "type": "string",
                 "const": "AWS"
                },
                "role_arn": {
                 "type": "string",
                 "minLength": 1,
                 "description": "ARN of the IAM role to assume."
                },
                "external_id": {
                 "type": [
                  "string",
                  "null"
                 ],
                 "description": "External id for the role trust policy."
                }
               }
              },
              {
               "type": "object",
               "description": "GCP metadata, required for VERTEX_AI.",
               "required": [
                "kind",
                "project_id",
                "location",
                "project_access_label"
               ],
               "properties": {
                "kind": {
                 "type": "string",
                 "const": "GCP"
                },
                "project_id": {
                 "type": "string",
                 "minLength": 1
                },
                "location": {
                 "type": "string",
                 "minLength": 1
                },
                "project_access_label": {
                 "type": "string",
                 "minLength": 1
                }
               }
              }
             ],
             "discriminator": {
              "propertyName": "kind",
              "mapping": {
               "AWS": "#/components/schemas/AwsProviderMetadata",
               "GCP": "#/components/schemas/GcpProviderMetadata"
              }
             }
            },
            {
             "type": "null"
            }
           ]
          },
          "scopings": {
           "type": "array",
           "items": {
            "type": "object",
            "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
            "properties": {
             "organization_id": {
              "type": [
               "string",
               "null"
              ],
              "minLength": 1,
              "description": "Base64 id of the organization; null means account-wide."
             },
             "space_id": {
              "type": [
               "string",
               "null"
              ],
              "minLength": 1,
              "description": "Base64 id of the space; null means organization-wide."
             }
            }
           }
          },
          "created_at": {
           "type": "string",
           "format": "date-time",
           "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
           "examples": [
            "2026-02-13T21:27:19.055Z"
           ]
          },
          "updated_at": {
           "type": "string",
           "format": "date-time",
           "description": "Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,\nmilliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare\ntimestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.\n",
           "examples": [
            "2026-02-13T21:27:19.055Z"
           ]
          },
          "created_by_user_id": {
           "type": "string",
           "description": "Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).\nDecision: 4 to 512 characters (no public source).\n",
           "minLength": 4,
           "maxLength": 512,
           "pattern": "^[A-Za-z0-9+/]+={0,2}$",
           "examples": [
            "TGxtSW50ZWdyYXRpb246MTI6YUJjRA=="
           ]
          }
         }
        }
       },
       "pagination": {
        "type": "object",
        "required": [
         "has_more"
        ],
        "description": "`next_cursor` is present exactly when `has_more` is true.",
        "if": {
         "properties": {
          "has_more": {
           "const": true
          }
         }
        },
        "then": {
         "properties": {
          "next_cursor": true
         },
         "required": [
          "next_cursor"
         ]
        },
        "else": {
         "properties": {
          "next_cursor": false
         }
        },
        "properties": {
         "has_more": {
          "type": "boolean"
         },
         "next_cursor": {
          "type": "string",
          "minLength": 1,
          "description": "Present exactly when has_more is true."
         }
        }
       }
      }
     },
     "CreateAiIntegrationRequest": {
      "type": "object",
      "description": "`name` and `provider` are required. Defaults: enable_default_models false,\nfunction_calling_enabled true, auth_type DEFAULT, scopings account-wide.\nFact: no field of the create body is nullable (a null is 400, rule types-enforced).\nDecision: unknown properties are rejected (`additionalProperties: false`, rule\nunknown-properties-rejected) and strings are non-empty (`minLength`, rule\nnon-empty-strings); the conformance kit checks both only with --strict.\n",
      "additionalProperties": false,
      "required": [
       "name",
       "provider"
      ],
      "properties": {
       "name": {
        "type": "string",
        "minLength": 1
       },
       "provider": {
        "type": "string",
        "description": "The external LLM provider.",
        "enum": [
         "OPEN_AI",
         "AZURE_OPEN_AI",
         "AWS_BEDROCK",
         "VERTEX_AI",
         "ANTHROPIC",
         "CUSTOM",
         "NVIDIA_NIM",
         "GEMINI"
        ]
       },
       "api_key": {
        "type": "string",
        "minLength": 1,
        "writeOnly": true,
        "description": "Stored, never returned."
       },
       "base_url": {
        "type": "string"
       },
       "model_names": {
        "type": "array",
        "items": {
         "type": "string"
        }
       },
       "headers": {
        "type": "object",
        "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
        "additionalProperties": {
         "type": "string"
        }
       },
       "enable_default_models": {
        "type": "boolean"
       },
       "function_calling_enabled": {
        "type": "boolean"
       },
       "auth_type": {
        "type": "string",
        "description": "How requests to the provider are authenticated.",
        "enum": [
         "DEFAULT",
         "PROXY_WITH_HEADERS",
         "BEARER_TOKEN"
        ]
       },
       "provider_metadata": {
        "type": "object",
        "description": "ProviderMetadata in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected); the properties of the branch `kind` selects are the known ones.\nEach branch closes itself. Not `unevaluatedProperties: false` beside this oneOf: there Ajv 8\nrecords the evaluated properties in a plain object, so a key named like a member of\nObject.prototype (constructor, toString, __proto__, ...) counts as evaluated and gets through\n(the family of ajv-validator/ajv#2664).\n",
        "oneOf": [
         {
          "type": "object",
          "description": "AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
          "allOf": [
           {
            "type": "object",
            "description": "AWS metadata, required for AWS_BEDROCK.",
            "required": [
             "kind",
             "role_arn"
            ],
            "properties": {
             "kind": {
              "type": "string",
              "const": "AWS"
             },
             "role_arn": {
              "type": "string",
              "minLength": 1,
              "description": "ARN of the IAM role to assume."
             },
             "external_id": {
              "type": [
               "string",
               "null"
              ],
              "description": "External id for the role trust policy."
             }
            }
           }
          ],
          "unevaluatedProperties": false
         },
         {
          "type": "object",
          "description": "GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
          "allOf": [
           {
            "type": "object",
            "description": "GCP metadata, required for VERTEX_AI.",
            "required": [
             "kind",
             "project_id",
             "location",
             "project_access_label"
            ],
            "properties": {
             "kind": {
              "type": "string",
              "const": "GCP"
             },
             "project_id": {
              "type": "string",
              "minLength": 1
             },
             "location": {
              "type": "string",
              "minLength": 1
             },
             "project_access_label": {
              "type": "string",
              "minLength": 1
             }
            }
           }
          ],
          "unevaluatedProperties": false
         }
        ],
        "discriminator": {
         "propertyName": "kind",
         "mapping": {
          "AWS": "#/components/schemas/AwsProviderMetadataInput",
          "GCP": "#/components/schemas/GcpProviderMetadataInput"
         }
        }
       },
       "scopings": {
        "type": "array",
        "items": {
         "type": "object",
         "description": "A Scoping in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected).\n",
         "allOf": [
          {
           "type": "object",
           "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
           "properties": {
            "organization_id": {
             "type": [
              "string",
              "null"
             ],
             "minLength": 1,
             "description": "Base64 id of the organization; null means account-wide."
            },
            "space_id": {
             "type": [
              "string",
              "null"
             ],
             "minLength": 1,
             "description": "Base64 id of the space; null means organization-wide."
            }
           }
          }
         ],
         "unevaluatedProperties": false
        }
       }
      }
     },
     "UpdateAiIntegrationRequest": {
      "type": "object",
      "description": "Every field is optional, but at least one must be provided (rule non-empty). Only api_key,\nbase_url, headers and provider_metadata are nullable; null removes them. Decision: unknown\nproperties are rejected.\n",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
       "name": {
        "type": "string",
        "minLength": 1,
        "description": "Must be unique within the account (rule name-unique)."
       },
       "provider": {
        "type": "string",
        "description": "The external LLM provider.",
        "enum": [
         "OPEN_AI",
         "AZURE_OPEN_AI",
         "AWS_BEDROCK",
         "VERTEX_AI",
         "ANTHROPIC",
         "CUSTOM",
         "NVIDIA_NIM",
         "GEMINI"
        ]
       },
       "api_key": {
        "type": [
         "string",
         "null"
        ],
        "minLength": 1,
        "writeOnly": true,
        "description": "A string sets the key, null removes it, omitted keeps it. Never returned."
       },
       "base_url": {
        "type": [
         "string",
         "null"
        ],
        "description": "null clears it."
       },
       "model_names": {
        "type": "array",
        "items": {
         "type": "string"
        },
        "description": "Replaces the whole list."
       },
       "headers": {
        "description": "Replaces the whole map (Decision); null clears it.",
        "oneOf": [
         {
          "type": "object",
          "description": "Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175\nbytes (rule headers-size-limit).\n",
          "additionalProperties": {
           "type": "string"
          }
         },
         {
          "type": "null"
         }
        ]
       },
       "enable_default_models": {
        "type": "boolean"
       },
       "function_calling_enabled": {
        "type": "boolean"
       },
       "auth_type": {
        "type": "string",
        "description": "How requests to the provider are authenticated.",
        "enum": [
         "DEFAULT",
         "PROXY_WITH_HEADERS",
         "BEARER_TOKEN"
        ]
       },
       "provider_metadata": {
        "description": "Replaces the stored object (no deep merge); null clears it.",
        "oneOf": [
         {
          "type": "object",
          "description": "ProviderMetadata in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected); the properties of the branch `kind` selects are the known ones.\nEach branch closes itself. Not `unevaluatedProperties: false` beside this oneOf: there Ajv 8\nrecords the evaluated properties in a plain object, so a key named like a member of\nObject.prototype (constructor, toString, __proto__, ...) counts as evaluated and gets through\n(the family of ajv-validator/ajv#2664).\n",
          "oneOf": [
           {
            "type": "object",
            "description": "AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
            "allOf": [
             {
              "type": "object",
              "description": "AWS metadata, required for AWS_BEDROCK.",
              "required": [
               "kind",
               "role_arn"
              ],
              "properties": {
               "kind": {
                "type": "string",
                "const": "AWS"
               },
               "role_arn": {
                "type": "string",
                "minLength": 1,
                "description": "ARN of the IAM role to assume."
               },
               "external_id": {
                "type": [
                 "string",
                 "null"
                ],
                "description": "External id for the role trust policy."
               }
              }
             }
            ],
            "unevaluatedProperties": false
           },
           {
            "type": "object",
            "description": "GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected).",
            "allOf": [
             {
              "type": "object",
              "description": "GCP metadata, required for VERTEX_AI.",
              "required": [
               "kind",
               "project_id",
               "location",
               "project_access_label"
              ],
              "properties": {
               "kind": {
                "type": "string",
                "const": "GCP"
               },
               "project_id": {
                "type": "string",
                "minLength": 1
               },
               "location": {
                "type": "string",
                "minLength": 1
               },
               "project_access_label": {
                "type": "string",
                "minLength": 1
               }
              }
             }
            ],
            "unevaluatedProperties": false
           }
          ],
          "discriminator": {
           "propertyName": "kind",
           "mapping": {
            "AWS": "#/components/schemas/AwsProviderMetadataInput",
            "GCP": "#/components/schemas/GcpProviderMetadataInput"
           }
          }
         },
         {
          "type": "null"
         }
        ]
       },
       "scopings": {
        "type": "array",
        "items": {
         "type": "object",
         "description": "A Scoping in a request body. Decision: unknown properties are rejected (rule\nunknown-properties-rejected).\n",
         "allOf": [
          {
           "type": "object",
           "description": "A visibility rule. organization_id null (or absent) means account-wide; space_id null (or\nabsent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.\nOpen in responses (a server may add fields); request bodies use ScopingInput, which is closed.\n",
           "properties": {
            "organization_id": {
             "type": [
              "string",
              "null"
             ],
             "minLength": 1,
             "description": "Base64 id of the organization; null means account-wide."
            },
            "space_id": {
             "type": [
              "string",
              "null"
             ],
             "minLength": 1,
             "description": "Base64 id of the space; null means organization-wide."
            }
           }
          }
         ],
         "unevaluatedProperties": false
        },
        "description": "Replaces all rules."
       }
      }
     },
     "ValidationIssue": {
      "type": "object",
      "description": "One offending field of a rejected request (Decision, a problem+json extension).",
      "required": [
       "pointer",
       "message"
      ],
      "properties": {
       "pointer": {
        "type": "string",
        "description": "JSON pointer into the request (body, query or path)."
       },
       "message": {
        "type": "string"
       }
      }
     },
     "Problem": {
      "type": "object",
      "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
      "required": [
       "title",
       "status"
      ],
      "properties": {
       "type": {
        "type": "string",
        "format": "uri-reference",
        "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
       },
       "title": {
        "type": "string"
       },
       "status": {
        "type": "integer",
        "minimum": 400,
        "maximum": 599
       },
       "detail": {
        "type": "string"
       },
       "instance": {
        "type": "string"
       },
       "errors": {
        "type": "array",
        "description": "Decision, extension member. The offending fields of a validation error.",
        "items": {
         "type": "object",
         "description": "One offending field of a rejected request (Decision, a problem+json extension).",
         "required": [
          "pointer",
          "message"
         ],
         "properties": {
          "pointer": {
           "type": "string",
           "description": "JSON pointer into the request (body, query or path)."
          },
          "message": {
           "type": "string"
          }
         }
        }
       }
      }
     }
    },
    "headers": {
     "RetryAfter": {
      "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
      "required": false,
      "schema": {
       "type": "string",
       "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
      }
     }
    },
    "examples": {
     "AiIntegrationOpenAI": {
      "summary": "An OpenAI integration with a key and two models",
      "value": {
       "id": "TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
       "name": "Production OpenAI",
       "provider": "OPEN_AI",
       "has_api_key": true,
       "model_names": [
        "gpt-4o",
        "gpt-4o-mini"
       ],
       "enable_default_models": false,
       "function_calling_enabled": true,
       "auth_type": "DEFAULT",
       "scopings": [
        {}
       ],
       "created_at": "2026-02-13T21:27:19.055Z",
       "updated_at": "2026-02-13T21:27:19.055Z",
       "created_by_user_id": "VXNlcjoxOm5OYkM="
      }
     }
    },
    "responses": {
     "InvalidRequest": {
      "description": "Invalid request parameters (malformed JSON, wrong type, invalid id format, empty update).",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "emptyUpdate": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#invalid-request",
           "title": "Invalid request parameters",
           "status": 400,
           "detail": "At least one updatable field must be provided.",
           "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==",
           "errors": [
            {
             "pointer": "/body",
             "message": "must have at least one property"
            }
           ]
          }
         }
        }
       }
      }
     },
     "AuthenticationRequired": {
      "description": "A missing credential, or an Authorization header without the Bearer prefix.",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "missing": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#authentication-required",
           "title": "Authentication required",
           "status": 401,
           "detail": "Send the header \"Authorization: Bearer <api key>\""
          }
         }
        }
       }
      }
     },
     "AccessForbidden": {
      "description": "The resource exists but the action is not allowed.",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "readOnly": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#access-forbidden",
           "title": "Access forbidden",
           "status": 403,
           "detail": "This API key is read-only"
          }
         }
        }
       }
      }
     },
     "ResourceNotFound": {
      "description": "The integration does not exist or belongs to another account.",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "unknownId": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#resource-not-found",
           "title": "Resource not found",
           "status": 404,
           "detail": "No AI integration with id TGxtSW50ZWdyYXRpb246OTk6WnpaeA==.",
           "instance": "/v2/ai-integrations/TGxtSW50ZWdyYXRpb246OTk6WnpaeA=="
          }
         }
        }
       }
      }
     },
     "ResourceConflict": {
      "description": "Another integration of the account already has this name.",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "nameTaken": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#resource-conflict",
           "title": "Resource conflict",
           "status": 409,
           "detail": "An AI integration named \"Production OpenAI\" already exists in this account."
          }
         }
        }
       }
      }
     },
     "PayloadTooLarge": {
      "description": "Decision. The request body is larger than the server accepts.",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "tooLarge": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#payload-too-large",
           "title": "Payload too large",
           "status": 413,
           "detail": "The request body exceeds 1048576 bytes."
          }
         }
        }
       }
      }
     },
     "UnsupportedMediaType": {
      "description": "Decision (the public text is silent; a server may answer 400). The body is not sent as\nJSON: its Content-Type is neither `application/json` nor `application/*+json` (or is\nmissing), or names a charset or Content-Encoding the server does not read. The body is not\nread.\n",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "textPlain": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#unsupported-media-type",
           "title": "Unsupported media type",
           "status": 415,
           "detail": "Content-Type text/plain is not JSON: send the body as application/json."
          }
         }
        }
       }
      }
     },
     "UnprocessableEntity": {
      "description": "The request is well-formed but inconsistent (provider and provider_metadata).",
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "missingMetadata": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#unprocessable-entity",
           "title": "Unprocessable Entity",
           "status": 422,
           "detail": "Provider AWS_BEDROCK requires provider_metadata of kind AWS."
          }
         }
        }
       }
      }
     },
     "RateLimitExceeded": {
      "description": "Too many requests. Retry after the number of seconds in Retry-After, when it is sent.",
      "headers": {
       "Retry-After": {
        "description": "When to retry (RFC 9110): delta-seconds or an HTTP-date. Optional in the public spec.\nDecision: the mock always sends it, in delta-seconds.\n",
        "required": false,
        "schema": {
         "type": "string",
         "pattern": "^(\\d+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
        }
       }
      },
      "content": {
       "application/problem+json": {
        "schema": {
         "type": "object",
         "description": "RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`\nand `instance` are optional, and a server may add members (the errors page names an\noptional `error_code`). Decision: the mock always sends `type` and `detail`.\n",
         "required": [
          "title",
          "status"
         ],
         "properties": {
          "type": {
           "type": "string",
           "format": "uri-reference",
           "description": "`https://arize.com/docs/ax/rest-reference/errors#<slug>`"
          },
          "title": {
           "type": "string"
          },
          "status": {
           "type": "integer",
           "minimum": 400,
           "maximum": 599
          },
          "detail": {
           "type": "string"
          },
          "instance": {
           "type": "string"
          },
          "errors": {
           "type": "array",
           "description": "Decision, extension member. The offending fields of a validation error.",
           "items": {
            "type": "object",
            "description": "One offending field of a rejected request (Decision, a problem+json extension).",
            "required": [
             "pointer",
             "message"
            ],
            "properties": {
             "pointer": {
              "type": "string",
              "description": "JSON pointer into the request (body, query or path)."
             },
             "message": {
              "type": "string"
             }
            }
           }
          }
         }
        },
        "examples": {
         "tooMany": {
          "value": {
           "type": "https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded",
           "title": "Rate limit exceeded",
           "status": 429,
           "detail": "Retry after 1 second."
          }
         }
        }
       }
      }
     }
    }
   },
   "x-edition": "upper"
  }
 }
};
