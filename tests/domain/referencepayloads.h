#pragma once

// The example payloads of /work/shared/api/work-orders.md, copied verbatim (the error body
// belongs to the API client's tests). Tests decode exactly what the vendor documents.

/// The reference's example of `GET /api/v1/work-orders?status=open&per_page=10`.
inline constexpr char kListResponse[] = R"json({
  "data": [
    {
      "id": "wo-12345",
      "work_order_number": "WO-2024-001",
      "status": "open",
      "customer": { "id": "cust-001", "name": "Acme Corp" },
      "scheduled_date": "2024-01-27T09:00:00Z",
      "priority": "high",
      "created_at": "2024-01-20T14:30:00Z"
    }
  ],
  "meta": { "current_page": 1, "total_pages": 5, "total_count": 47 }
}
)json";

/// The reference's example of `GET /api/v1/work-orders/{id}`.
inline constexpr char kGetResponse[] = R"json({
  "data": {
    "id": "wo-12345",
    "work_order_number": "WO-2024-001",
    "status": "open",
    "priority": "high",
    "description": "Annual HVAC maintenance",
    "customer": { "id": "cust-001", "name": "Acme Corp", "address": "123 Main St, City, ST 12345" },
    "contact": { "id": "contact-001", "name": "John Smith", "phone": "+1-555-123-4567" },
    "scheduled_date": "2024-01-27T09:00:00Z",
    "estimated_duration": 120,
    "technician": { "id": "tech-001", "name": "Jane Doe" },
    "tasks": [ { "id": "task-001", "name": "Inspect filters", "status": "pending" } ],
    "created_at": "2024-01-20T14:30:00Z",
    "updated_at": "2024-01-25T10:15:00Z"
  }
}
)json";

/// The reference's example of the full `POST /api/v1/work-orders` request body.
inline constexpr char kCreateRequest[] = R"json({
  "customer_id": "cust-001",
  "contact_id": "contact-001",
  "work_order_type": "service",
  "priority": "medium",
  "description": "Repair air conditioning unit",
  "scheduled_date": "2024-02-01T10:00:00Z",
  "estimated_duration": 90,
  "technician_id": "tech-001",
  "notes": "Customer requests morning appointment"
}
)json";

/// The reference's example of the `POST /api/v1/work-orders` response.
inline constexpr char kCreateResponse[] =
    R"json({ "data": { "id": "wo-12346", "work_order_number": "WO-2024-002", "status": "open", "created_at": "2024-01-27T15:00:00Z" } }
)json";

/// The reference's two `PUT /api/v1/work-orders/{id}` body examples.
inline constexpr char kUpdateRequest[] =
    R"json({ "status": "in_progress", "technician_id": "tech-002", "scheduled_date": "2024-02-02T14:00:00Z" })json";
inline constexpr char kUpdateStatusOnly[] = R"json({ "status": "in_progress" })json";
