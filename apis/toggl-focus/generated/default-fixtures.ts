// Generated from apis/toggl-focus/fixtures.ts with seed 20240301 by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { createFixtures } from '../fixtures.js'

export const defaultFixtures: ReturnType<typeof createFixtures> = {
  "users": [
    {
      "toggl_user_id": 1001,
      "email": "ada@example.com",
      "api_token": "toggl_sk_ada"
    },
    {
      "toggl_user_id": 1002,
      "email": "grace@example.com",
      "api_token": "toggl_sk_grace"
    }
  ],
  "chats": [
    {
      "id": 1,
      "workspace_id": 1,
      "toggl_user_id": 1002,
      "name": "Quarterly planning",
      "message_count": 0,
      "created_at": "2024-03-01T10:00:00.000Z",
      "updated_at": "2024-03-01T10:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 2,
      "workspace_id": 1,
      "toggl_user_id": 1001,
      "name": "Release checklist",
      "message_count": 0,
      "created_at": "2024-03-01T11:00:00.000Z",
      "updated_at": "2024-03-01T11:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 3,
      "workspace_id": 1,
      "toggl_user_id": 1002,
      "name": "Old ideas",
      "message_count": 0,
      "created_at": "2024-03-01T12:00:00.000Z",
      "updated_at": "2024-03-01T12:30:00.000Z",
      "deleted_at": "2024-03-01T13:00:00.000Z"
    },
    {
      "id": 4,
      "workspace_id": 1,
      "toggl_user_id": 1001,
      "name": "Visionary data-driven benchmark",
      "message_count": 0,
      "created_at": "2024-03-01T13:00:00.000Z",
      "updated_at": "2024-03-01T13:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 5,
      "workspace_id": 1,
      "toggl_user_id": 1002,
      "name": "Devolved demand-driven instruction set",
      "message_count": 0,
      "created_at": "2024-03-01T14:00:00.000Z",
      "updated_at": "2024-03-01T14:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 6,
      "workspace_id": 1,
      "toggl_user_id": 1001,
      "name": "Fully-configurable executive challenge",
      "message_count": 0,
      "created_at": "2024-03-01T15:00:00.000Z",
      "updated_at": "2024-03-01T15:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 7,
      "workspace_id": 1,
      "toggl_user_id": 1002,
      "name": "Devolved client-server leverage",
      "message_count": 0,
      "created_at": "2024-03-01T16:00:00.000Z",
      "updated_at": "2024-03-01T16:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 8,
      "workspace_id": 1,
      "toggl_user_id": 1001,
      "name": "Ergonomic dynamic project",
      "message_count": 0,
      "created_at": "2024-03-01T17:00:00.000Z",
      "updated_at": "2024-03-01T17:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 9,
      "workspace_id": 1,
      "toggl_user_id": 1002,
      "name": "Optimized transitional capability",
      "message_count": 0,
      "created_at": "2024-03-01T18:00:00.000Z",
      "updated_at": "2024-03-01T18:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 10,
      "workspace_id": 1,
      "toggl_user_id": 1001,
      "name": "Innovative heuristic encoding",
      "message_count": 0,
      "created_at": "2024-03-01T19:00:00.000Z",
      "updated_at": "2024-03-01T19:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 11,
      "workspace_id": 1,
      "toggl_user_id": 1002,
      "name": "Quality-focused neutral flexibility",
      "message_count": 0,
      "created_at": "2024-03-01T20:00:00.000Z",
      "updated_at": "2024-03-01T20:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 12,
      "workspace_id": 1,
      "toggl_user_id": 1001,
      "name": "Balanced 24/7 frame",
      "message_count": 0,
      "created_at": "2024-03-01T21:00:00.000Z",
      "updated_at": "2024-03-01T21:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 13,
      "workspace_id": 1,
      "toggl_user_id": 1002,
      "name": "Extended uniform standardization",
      "message_count": 0,
      "created_at": "2024-03-01T22:00:00.000Z",
      "updated_at": "2024-03-01T22:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 14,
      "workspace_id": 1,
      "toggl_user_id": 1001,
      "name": "Reverse-engineered cloud-native capacity",
      "message_count": 0,
      "created_at": "2024-03-01T23:00:00.000Z",
      "updated_at": "2024-03-01T23:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 15,
      "workspace_id": 1,
      "toggl_user_id": 1002,
      "name": "Balanced modular project",
      "message_count": 0,
      "created_at": "2024-03-02T00:00:00.000Z",
      "updated_at": "2024-03-02T00:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 16,
      "workspace_id": 1,
      "toggl_user_id": 1001,
      "name": "Future-proofed resilient leverage",
      "message_count": 0,
      "created_at": "2024-03-02T01:00:00.000Z",
      "updated_at": "2024-03-02T01:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 17,
      "workspace_id": 1,
      "toggl_user_id": 1002,
      "name": "Monitored zero defect product",
      "message_count": 0,
      "created_at": "2024-03-02T02:00:00.000Z",
      "updated_at": "2024-03-02T02:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 18,
      "workspace_id": 1,
      "toggl_user_id": 1001,
      "name": "Total mobile algorithm",
      "message_count": 0,
      "created_at": "2024-03-02T03:00:00.000Z",
      "updated_at": "2024-03-02T03:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 19,
      "workspace_id": 1,
      "toggl_user_id": 1002,
      "name": "Expanded incremental architecture",
      "message_count": 0,
      "created_at": "2024-03-02T04:00:00.000Z",
      "updated_at": "2024-03-02T04:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 20,
      "workspace_id": 1,
      "toggl_user_id": 1001,
      "name": "Virtual actuating data-warehouse",
      "message_count": 0,
      "created_at": "2024-03-02T05:00:00.000Z",
      "updated_at": "2024-03-02T05:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 21,
      "workspace_id": 1,
      "toggl_user_id": 1002,
      "name": "Fully-configurable interactive interface",
      "message_count": 0,
      "created_at": "2024-03-02T06:00:00.000Z",
      "updated_at": "2024-03-02T06:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 22,
      "workspace_id": 1,
      "toggl_user_id": 1001,
      "name": "Compatible national ability",
      "message_count": 0,
      "created_at": "2024-03-02T07:00:00.000Z",
      "updated_at": "2024-03-02T07:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 23,
      "workspace_id": 1,
      "toggl_user_id": 1002,
      "name": "Extended uniform moderator",
      "message_count": 0,
      "created_at": "2024-03-02T08:00:00.000Z",
      "updated_at": "2024-03-02T08:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 24,
      "workspace_id": 1,
      "toggl_user_id": 1001,
      "name": "Streamlined tertiary software",
      "message_count": 0,
      "created_at": "2024-03-02T09:00:00.000Z",
      "updated_at": "2024-03-02T09:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 25,
      "workspace_id": 2,
      "toggl_user_id": 1002,
      "name": "Open-architected heuristic support",
      "message_count": 0,
      "created_at": "2024-03-02T10:00:00.000Z",
      "updated_at": "2024-03-02T10:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 26,
      "workspace_id": 2,
      "toggl_user_id": 1001,
      "name": "Phased client-driven application",
      "message_count": 0,
      "created_at": "2024-03-02T11:00:00.000Z",
      "updated_at": "2024-03-02T11:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 27,
      "workspace_id": 2,
      "toggl_user_id": 1002,
      "name": "Organic context-sensitive help-desk",
      "message_count": 0,
      "created_at": "2024-03-02T12:00:00.000Z",
      "updated_at": "2024-03-02T12:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 28,
      "workspace_id": 2,
      "toggl_user_id": 1001,
      "name": "Reverse-engineered uniform support",
      "message_count": 0,
      "created_at": "2024-03-02T13:00:00.000Z",
      "updated_at": "2024-03-02T13:30:00.000Z",
      "deleted_at": null
    },
    {
      "id": 29,
      "workspace_id": 2,
      "toggl_user_id": 1002,
      "name": "Extended zero tolerance moratorium",
      "message_count": 0,
      "created_at": "2024-03-02T14:00:00.000Z",
      "updated_at": "2024-03-02T14:30:00.000Z",
      "deleted_at": "2024-03-02T15:00:00.000Z"
    }
  ],
  "messages": [
    {
      "id": 1,
      "chat_id": 1,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "You can't calculate the bus without backing up the redundant EXE firewall!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T10:01:00.000Z",
      "updated_at": "2024-03-01T10:01:00.000Z"
    },
    {
      "id": 2,
      "chat_id": 1,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Ex sub attonbitus aegre animadverto velut vado torqueo vomito una. Vorago verecundia auditor dolorem quasi deinde desparatus adflicto valetudo vinum."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T10:02:00.000Z",
      "updated_at": "2024-03-01T10:02:00.000Z"
    },
    {
      "id": 3,
      "chat_id": 1,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "If we compress the port, we can get to the JBOD hard drive through the haptic JSON capacitor!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T10:03:00.000Z",
      "updated_at": "2024-03-01T10:03:00.000Z"
    },
    {
      "id": 4,
      "chat_id": 1,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Aro crudelis ascit carmen tredecim comitatus. Sto pariatur vehemens vomito."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T10:04:00.000Z",
      "updated_at": "2024-03-01T10:04:00.000Z"
    },
    {
      "id": 5,
      "chat_id": 1,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "We need to index the primary API microchip!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T10:05:00.000Z",
      "updated_at": "2024-03-01T10:05:00.000Z"
    },
    {
      "id": 6,
      "chat_id": 1,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Arbor sunt desidero. Dedecor defendo amplus subseco labore celebrer."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T10:06:00.000Z",
      "updated_at": "2024-03-01T10:06:00.000Z"
    },
    {
      "id": 7,
      "chat_id": 2,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "If we navigate the array, we can get to the PNG protocol through the bluetooth HDD bandwidth!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T11:01:00.000Z",
      "updated_at": "2024-03-01T11:01:00.000Z"
    },
    {
      "id": 8,
      "chat_id": 2,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Nostrum benevolentia cerno cuius. Vinculum depopulo terga amplus appositus adhaero."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T11:02:00.000Z",
      "updated_at": "2024-03-01T11:02:00.000Z"
    },
    {
      "id": 9,
      "chat_id": 2,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "Use the cross-platform SSD protocol, then you can back up the mobile matrix!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T11:03:00.000Z",
      "updated_at": "2024-03-01T11:03:00.000Z"
    },
    {
      "id": 10,
      "chat_id": 4,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "I'll transmit the auxiliary OCR circuit, that should array the XML card!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T13:01:00.000Z",
      "updated_at": "2024-03-01T13:01:00.000Z"
    },
    {
      "id": 11,
      "chat_id": 4,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Tribuo cunae desidero cunctatio antepono. Utique currus cupressus vulpes supellex caelestis desidero."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T13:02:00.000Z",
      "updated_at": "2024-03-01T13:02:00.000Z"
    },
    {
      "id": 12,
      "chat_id": 5,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "I'll input the mobile SCSI system, that should pixel the SMTP alarm!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T14:01:00.000Z",
      "updated_at": "2024-03-01T14:01:00.000Z"
    },
    {
      "id": 13,
      "chat_id": 5,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Cometes velut concedo atque desolo colo. Deleo minus et verumtamen eveniet colligo crepusculum cum."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T14:02:00.000Z",
      "updated_at": "2024-03-01T14:02:00.000Z"
    },
    {
      "id": 14,
      "chat_id": 6,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "We need to parse the redundant PNG matrix!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T15:01:00.000Z",
      "updated_at": "2024-03-01T15:01:00.000Z"
    },
    {
      "id": 15,
      "chat_id": 6,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Cui molestias admiratio alii adipisci corporis capitulus tenax umerus. Acer venia laboriosam torrens clibanus exercitationem advenio ullus."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T15:02:00.000Z",
      "updated_at": "2024-03-01T15:02:00.000Z"
    },
    {
      "id": 16,
      "chat_id": 6,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "Try to navigate the VGA microchip, maybe it will index the neural driver!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T15:03:00.000Z",
      "updated_at": "2024-03-01T15:03:00.000Z"
    },
    {
      "id": 17,
      "chat_id": 6,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Voluptatem armarium voluptate voluptate usque ipsum tersus stabilis. Dedecor cetera adnuo amplitudo audacia infit cur thymum adulescens amita."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T15:04:00.000Z",
      "updated_at": "2024-03-01T15:04:00.000Z"
    },
    {
      "id": 18,
      "chat_id": 8,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "I'll synthesize the open-source SMTP monitor, that should pixel the SSD bus!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T17:01:00.000Z",
      "updated_at": "2024-03-01T17:01:00.000Z"
    },
    {
      "id": 19,
      "chat_id": 9,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "Try to input the SQL card, maybe it will hack the multi-byte panel!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T18:01:00.000Z",
      "updated_at": "2024-03-01T18:01:00.000Z"
    },
    {
      "id": 20,
      "chat_id": 9,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Aequus totidem depopulo aeneus bellicus custodia videlicet. Carbo cupiditate spero sapiente autem videlicet adulescens caritas impedit."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T18:02:00.000Z",
      "updated_at": "2024-03-01T18:02:00.000Z"
    },
    {
      "id": 21,
      "chat_id": 9,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "Use the haptic PNG port, then you can generate the multi-byte port!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T18:03:00.000Z",
      "updated_at": "2024-03-01T18:03:00.000Z"
    },
    {
      "id": 22,
      "chat_id": 9,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Debilito approbo taceo triumphus laboriosam argentum demulceo. Tametsi angelus creator."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T18:04:00.000Z",
      "updated_at": "2024-03-01T18:04:00.000Z"
    },
    {
      "id": 23,
      "chat_id": 10,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "calculating the application won't do anything, we need to generate the solid state XSS panel!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T19:01:00.000Z",
      "updated_at": "2024-03-01T19:01:00.000Z"
    },
    {
      "id": 24,
      "chat_id": 10,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Tendo conforto collum tot corrumpo aeger summopere tamquam. Occaecati cognomen concido debilito damnatio cubitum tabgo capitulus ultio denuo."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T19:02:00.000Z",
      "updated_at": "2024-03-01T19:02:00.000Z"
    },
    {
      "id": 25,
      "chat_id": 11,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "We need to bypass the neural JBOD panel!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T20:01:00.000Z",
      "updated_at": "2024-03-01T20:01:00.000Z"
    },
    {
      "id": 26,
      "chat_id": 11,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Ipsam vulticulus sum officia suffoco concedo. Reiciendis volo eum pecto arcesso demergo ciminatio centum tenuis."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T20:02:00.000Z",
      "updated_at": "2024-03-01T20:02:00.000Z"
    },
    {
      "id": 27,
      "chat_id": 11,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "We need to generate the back-end AGP bandwidth!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T20:03:00.000Z",
      "updated_at": "2024-03-01T20:03:00.000Z"
    },
    {
      "id": 28,
      "chat_id": 12,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "We need to calculate the redundant EXE matrix!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T21:01:00.000Z",
      "updated_at": "2024-03-01T21:01:00.000Z"
    },
    {
      "id": 29,
      "chat_id": 12,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Mollitia vitium curvo aranea doloremque patria vespillo artificiose tabesco tabesco. Stella amplexus cruentus."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T21:02:00.000Z",
      "updated_at": "2024-03-01T21:02:00.000Z"
    },
    {
      "id": 30,
      "chat_id": 14,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "hacking the program won't do anything, we need to synthesize the bluetooth DNS feed!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-01T23:01:00.000Z",
      "updated_at": "2024-03-01T23:01:00.000Z"
    },
    {
      "id": 31,
      "chat_id": 16,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "Use the 1080p COM array, then you can copy the neural circuit!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T01:01:00.000Z",
      "updated_at": "2024-03-02T01:01:00.000Z"
    },
    {
      "id": 32,
      "chat_id": 16,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Quisquam conservo cupiditas audio desidero nemo quasi taceo angelus. Caries ustilo paulatim deporto sopor consequuntur calco."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T01:02:00.000Z",
      "updated_at": "2024-03-02T01:02:00.000Z"
    },
    {
      "id": 33,
      "chat_id": 16,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "indexing the hard drive won't do anything, we need to calculate the primary PCI bandwidth!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T01:03:00.000Z",
      "updated_at": "2024-03-02T01:03:00.000Z"
    },
    {
      "id": 34,
      "chat_id": 17,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "If we generate the microchip, we can get to the AI firewall through the auxiliary DNS panel!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T02:01:00.000Z",
      "updated_at": "2024-03-02T02:01:00.000Z"
    },
    {
      "id": 35,
      "chat_id": 17,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Caritas despecto deinde vomer considero virgo tot surculus texo umquam. Umbra vomica coerceo tergiversatio sapiente."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T02:02:00.000Z",
      "updated_at": "2024-03-02T02:02:00.000Z"
    },
    {
      "id": 36,
      "chat_id": 17,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "The SAS microchip is down, program the digital matrix so we can navigate the SMS protocol!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T02:03:00.000Z",
      "updated_at": "2024-03-02T02:03:00.000Z"
    },
    {
      "id": 37,
      "chat_id": 17,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Abeo conturbo assentator ascit teres. Venustas toties arto thesaurus adhaero caecus antiquus."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T02:04:00.000Z",
      "updated_at": "2024-03-02T02:04:00.000Z"
    },
    {
      "id": 38,
      "chat_id": 18,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "Use the 1080p UDP system, then you can override the virtual driver!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T03:01:00.000Z",
      "updated_at": "2024-03-02T03:01:00.000Z"
    },
    {
      "id": 39,
      "chat_id": 19,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "I'll connect the primary OCR bus, that should microchip the GB pixel!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T04:01:00.000Z",
      "updated_at": "2024-03-02T04:01:00.000Z"
    },
    {
      "id": 40,
      "chat_id": 19,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Claustrum ciminatio statim ulciscor trans artificiose nihil voveo chirographum territo. Somnus terminatio templum venustas clementia aequus ab vos."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T04:02:00.000Z",
      "updated_at": "2024-03-02T04:02:00.000Z"
    },
    {
      "id": 41,
      "chat_id": 19,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "The XML sensor is down, bypass the haptic application so we can input the VGA alarm!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T04:03:00.000Z",
      "updated_at": "2024-03-02T04:03:00.000Z"
    },
    {
      "id": 42,
      "chat_id": 20,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "I'll connect the redundant FTP bandwidth, that should application the ADP circuit!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T05:01:00.000Z",
      "updated_at": "2024-03-02T05:01:00.000Z"
    },
    {
      "id": 43,
      "chat_id": 20,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Suppono territo adeptio vomica. Cohaero adinventitias attollo sit tempora spoliatio crustulum."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T05:02:00.000Z",
      "updated_at": "2024-03-02T05:02:00.000Z"
    },
    {
      "id": 44,
      "chat_id": 20,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "Use the mobile SQL port, then you can reboot the haptic port!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T05:03:00.000Z",
      "updated_at": "2024-03-02T05:03:00.000Z"
    },
    {
      "id": 45,
      "chat_id": 21,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "If we navigate the sensor, we can get to the PNG system through the cross-platform AI program!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T06:01:00.000Z",
      "updated_at": "2024-03-02T06:01:00.000Z"
    },
    {
      "id": 46,
      "chat_id": 21,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Asper tergiversatio vinculum corpus vapulus aequitas calculus depopulo peior certe. Agnosco abbas patior tabesco ex cupiditas deduco sed."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T06:02:00.000Z",
      "updated_at": "2024-03-02T06:02:00.000Z"
    },
    {
      "id": 47,
      "chat_id": 22,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "The SMTP program is down, compress the back-end firewall so we can program the RSS matrix!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T07:01:00.000Z",
      "updated_at": "2024-03-02T07:01:00.000Z"
    },
    {
      "id": 48,
      "chat_id": 24,
      "workspace_id": 1,
      "role": "user",
      "content": {
        "text": "Try to reboot the PNG application, maybe it will program the wireless monitor!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T09:01:00.000Z",
      "updated_at": "2024-03-02T09:01:00.000Z"
    },
    {
      "id": 49,
      "chat_id": 24,
      "workspace_id": 1,
      "role": "assistant",
      "content": {
        "text": "Somniculosus arca sollicito usque taceo. Valde casso vix summa tracto sustineo vinitor celo."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T09:02:00.000Z",
      "updated_at": "2024-03-02T09:02:00.000Z"
    },
    {
      "id": 50,
      "chat_id": 25,
      "workspace_id": 2,
      "role": "user",
      "content": {
        "text": "Use the multi-byte COM driver, then you can override the virtual microchip!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T10:01:00.000Z",
      "updated_at": "2024-03-02T10:01:00.000Z"
    },
    {
      "id": 51,
      "chat_id": 25,
      "workspace_id": 2,
      "role": "assistant",
      "content": {
        "text": "Voluptas amaritudo cupiditate depereo ea ventus allatus. Tener agnitio demens volva."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T10:02:00.000Z",
      "updated_at": "2024-03-02T10:02:00.000Z"
    },
    {
      "id": 52,
      "chat_id": 25,
      "workspace_id": 2,
      "role": "user",
      "content": {
        "text": "The TLS protocol is down, override the primary program so we can index the DRAM program!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T10:03:00.000Z",
      "updated_at": "2024-03-02T10:03:00.000Z"
    },
    {
      "id": 53,
      "chat_id": 27,
      "workspace_id": 2,
      "role": "user",
      "content": {
        "text": "If we bypass the sensor, we can get to the UDP protocol through the primary HEX program!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T12:01:00.000Z",
      "updated_at": "2024-03-02T12:01:00.000Z"
    },
    {
      "id": 54,
      "chat_id": 27,
      "workspace_id": 2,
      "role": "assistant",
      "content": {
        "text": "Vesco cum curis statua cunabula vere civitas. Uter angulus laudantium defleo sto vae."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T12:02:00.000Z",
      "updated_at": "2024-03-02T12:02:00.000Z"
    },
    {
      "id": 55,
      "chat_id": 28,
      "workspace_id": 2,
      "role": "user",
      "content": {
        "text": "navigating the transmitter won't do anything, we need to parse the open-source API circuit!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T13:01:00.000Z",
      "updated_at": "2024-03-02T13:01:00.000Z"
    },
    {
      "id": 56,
      "chat_id": 28,
      "workspace_id": 2,
      "role": "assistant",
      "content": {
        "text": "Delinquo tero crapula velum necessitatibus cupio sufficio aurum. Calcar delego teres audio sonitus temporibus."
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T13:02:00.000Z",
      "updated_at": "2024-03-02T13:02:00.000Z"
    },
    {
      "id": 57,
      "chat_id": 28,
      "workspace_id": 2,
      "role": "user",
      "content": {
        "text": "The TLS feed is down, reboot the primary application so we can parse the JBOD bandwidth!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T13:03:00.000Z",
      "updated_at": "2024-03-02T13:03:00.000Z"
    },
    {
      "id": 58,
      "chat_id": 29,
      "workspace_id": 2,
      "role": "user",
      "content": {
        "text": "The UDP application is down, hack the back-end microchip so we can bypass the SSL sensor!?"
      },
      "feedback_message": null,
      "feedback_type": null,
      "created_at": "2024-03-02T14:01:00.000Z",
      "updated_at": "2024-03-02T14:01:00.000Z"
    }
  ]
}
