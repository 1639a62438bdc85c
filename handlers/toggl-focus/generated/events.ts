// Generated from specs/toggl-focus.asyncapi.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".

const payload0 = {
  "type": "object",
  "additionalProperties": false,
  "required": [
    "message",
    "complete"
  ],
  "properties": {
    "message": {
      "$ref": "#/components/schemas/ChatMessage"
    },
    "complete": {
      "type": "boolean"
    }
  }
}

/** The payload schema of each real-time event, by its name on the wire. */
export const events: Readonly<Record<string, object>> = {
  "message.created": payload0,
  "message.updated": payload0,
}
