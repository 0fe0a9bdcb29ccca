CREATE TABLE "risk_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_path" text NOT NULL,
	"name" text NOT NULL,
	"polygon" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_path" text NOT NULL,
	"unit_id" uuid,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"region_path" text NOT NULL,
	"settings" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_site_plans" (
	"enterprise_id" uuid PRIMARY KEY NOT NULL,
	"region_path" text NOT NULL,
	"evidence_id" uuid NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "risk_events" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "risk_measures" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "risk_units" ADD COLUMN "area_id" uuid;--> statement-breakpoint
ALTER TABLE "risk_units" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "risk_areas" ADD CONSTRAINT "risk_areas_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_comments" ADD CONSTRAINT "risk_comments_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_comments" ADD CONSTRAINT "risk_comments_unit_id_risk_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."risk_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_comments" ADD CONSTRAINT "risk_comments_author_id_accounts_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_settings" ADD CONSTRAINT "risk_settings_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_site_plans" ADD CONSTRAINT "risk_site_plans_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_site_plans" ADD CONSTRAINT "risk_site_plans_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_areas_enterprise_idx" ON "risk_areas" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "risk_comments_enterprise_idx" ON "risk_comments" USING btree ("enterprise_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_settings_region_uq" ON "risk_settings" USING btree ("region_code");--> statement-breakpoint
ALTER TABLE "risk_units" ADD CONSTRAINT "risk_units_area_id_risk_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."risk_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_events_region_idx" ON "risk_events" USING btree ("region_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "risk_units_area_idx" ON "risk_units" USING btree ("area_id");