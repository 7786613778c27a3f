#!/usr/bin/env bash
# Makes src/test/resources/upgrade/camunda-7.24.sql.gz: the PostgreSQL database of an installation running the
# Camunda 7.24 build, with work in flight, for the upgrade test to restore and start the Operaton build on.
#
# It must run on the Camunda 7.24 build: the commit this script was added in (branch upgrade, before the Operaton
# build was merged), or any commit of main before the move to Operaton. On the Operaton build it would make an
# Operaton dump, which tests nothing.
#
# Needs: Maven, Java 17, curl, jq, psql/pg_dump (15) on a PostgreSQL whose user may create databases.
# Settings (environment): PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD, DUMP_DB (qh_upgrade_src).
# The database DUMP_DB is dropped and created again.
#
# What it leaves in flight (the output lists the engagement ids and their state):
#   - a request waiting in Triage (coordinators)
#   - a request triaged on the shared 24/7 plan: its resolution clock waits at its warning and breach timers
#   - a request in Work (technician) with time captured
#   - a request resolved as our bug, its bug credit waiting for a manager's approval
#   - a request paused for the customer (waiting-for-customer)
#   - last month billed: a completed billing run with issued invoices (one approved by a manager's review)
#   - the month before billed too, its one large invoice waiting for a manager's review (run still RUNNING)
#   - the admin user `admin` (group camunda-admin) and the demo users and customers
set -euo pipefail

cd "$(dirname "$0")/../../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="${DUMP_DB:-qh_upgrade_src}"
OUT=src/test/resources/upgrade/camunda-7.24.sql.gz
# the upgrade test logs in with the same password (support/AppNode.ADMIN_PASSWORD)
ADMIN_PASSWORD='Two-Nodes-0ne-Db!'
PORT="${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
BASE="http://127.0.0.1:$PORT"
WORK=target/upgrade-dump
mkdir -p "$WORK" "$(dirname "$OUT")"

echo "== building the jar of $(git rev-parse --short HEAD)"
mvn -B -q package -DskipTests
JAR=$(ls "$PWD"/target/quarterhour-*.jar | grep -v original | head -1)
unzip -l "$JAR" | grep 'camunda-engine-7.24' >/dev/null || { echo "not the Camunda 7.24 build: $JAR" >&2; exit 1; }

echo "== fresh database $DB"
psql -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

echo "== starting the app on port $PORT (log: $WORK/app.log)"
# its own directory, so that the checkout's processes/ and forms/ are not deployed a second time
(cd "$WORK" && exec env QUARTERHOUR_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARTERHOUR_DB_USER="$PGUSER" \
    QUARTERHOUR_DB_PASSWORD="${PGPASSWORD:-}" QUARTERHOUR_ADMIN_USER=admin QUARTERHOUR_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    QUARTERHOUR_DEMO_DATA=true \
    QUARTERHOUR_SELLER_NAME='Quarterhour Upgrade Ltd' QUARTERHOUR_SELLER_STREET='1 Example Street' \
    QUARTERHOUR_SELLER_POSTCODE='EC1A 1BB' QUARTERHOUR_SELLER_CITY=London QUARTERHOUR_SELLER_COUNTRY=GB \
    QUARTERHOUR_SELLER_VAT_ID=GB123456789 QUARTERHOUR_SELLER_CONTACT_NAME=Accounts \
    QUARTERHOUR_SELLER_EMAIL=accounts@quarterhour.example QUARTERHOUR_SELLER_PHONE='+44 20 7946 0000' \
    QUARTERHOUR_SELLER_IBAN=GB33BUKB20201555555555 QUARTERHOUR_SELLER_BIC=BUKBGB22 \
    java -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" \
    --camunda.bpm.job-execution.enabled=true) > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
    curl -fs "$BASE/actuator/health/readiness" >/dev/null && break
    kill -0 $APP 2>/dev/null || { echo "the app exited; see $WORK/app.log" >&2; exit 1; }
    sleep 1
done
curl -fs "$BASE/actuator/health/readiness" >/dev/null

# call USER METHOD PATH [JSON]: prints the response body, fails on a status >= 400
call() {
    local user=$1 method=$2 path=$3 body=${4:-}
    local password=$user
    [ "$user" = admin ] && password=$ADMIN_PASSWORD
    curl -fsS -u "$user:$password" -X "$method" -H 'Content-Type: application/json' ${body:+--data "$body"} "$BASE$path" \
        || { echo "$user $method $path failed" >&2; return 1; }
}
customer() { # the id of the demo customer on plan $1
    call admin GET "/api/customers?size=100" | jq -r --arg p "($1)" '.content[] | select(.name | endswith($p)) | .id' | head -1
}
report() { # customer title -> engagement id
    call admin POST /api/engagements "$(jq -nc --argjson c "$1" --arg t "$2" \
        '{customerId: $c, title: $t, description: "Left in flight for the upgrade", channel: "REPORT", impact: "SEVERELY_IMPAIRED"}')" \
        | jq -r .id
}
status() { call admin GET "/api/engagements/$1" | jq -r .status; }
await_status() { # engagement status: the process reaches it asynchronously after some steps
    for _ in $(seq 1 60); do [ "$(status "$1")" = "$2" ] && return 0; sleep 1; done
    echo "engagement $1 is $(status "$1"), not $2" >&2; return 1
}
triage() { call coordinator POST "/api/engagements/$1/triage" "{\"priority\": \"$2\", \"billable\": true, \"technician\": \"technician\"}" >/dev/null; }
today=$(date -u +%F)
last_month=$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m)
month_before=$(date -u -d "$(date -u +%Y-%m-01) -2 month" +%Y-%m)

BPS20=$(customer BPS-20); BPS60=$(customer BPS-60); SHARED=$(customer SHARED-247); BAKERY=$(call admin GET "/api/customers?size=100" \
    | jq -r '.content[] | select(.name | contains("no plan")) | .id' | head -1)

echo "== requests in flight"
TRIAGE=$(report "$BPS20" "Printer offline")
await_status "$TRIAGE" REPORTED

TIMER=$(report "$SHARED" "Backup server unreachable")
await_status "$TIMER" REPORTED
triage "$TIMER" P2
await_status "$TIMER" IN_PROGRESS

WORK_ID=$(report "$BPS60" "Laptop will not join the VPN")
await_status "$WORK_ID" REPORTED
triage "$WORK_ID" P3
await_status "$WORK_ID" IN_PROGRESS
call technician POST "/api/engagements/$WORK_ID/time-entries" "{\"workDate\": \"$today\", \"minutes\": 45, \"note\": \"Reinstalled the VPN client\"}" >/dev/null

BUG=$(report "$BPS20" "Invoices export broken after update")
await_status "$BUG" REPORTED
triage "$BUG" P2
await_status "$BUG" IN_PROGRESS
call technician POST "/api/engagements/$BUG/time-entries" "{\"workDate\": \"$today\", \"minutes\": 60, \"note\": \"Traced the export to our update\"}" >/dev/null
call technician POST "/api/engagements/$BUG/resolve" '{"rootCause": "BUG", "note": "Our update broke the export; rolled back"}' >/dev/null
await_status "$BUG" RESOLVED
ADJUSTMENT=$(call admin GET "/api/engagements/$BUG" | jq -r '.adjustments[0].id')

PAUSED=$(report "$BPS60" "Mailbox quota")
await_status "$PAUSED" REPORTED
triage "$PAUSED" P4
await_status "$PAUSED" IN_PROGRESS
call technician POST "/api/engagements/$PAUSED/time-entries" "{\"workDate\": \"$today\", \"minutes\": 15, \"note\": \"Asked the customer which mails to archive\", \"waitForCustomer\": true}" >/dev/null
await_status "$PAUSED" WAITING_FOR_CUSTOMER

echo "== billing $last_month (demo work of last month) to the end"
run_status() { call admin GET "/api/billing/runs/$1"; }
await_run() { # run: waits until no customer is pending except in review
    for _ in $(seq 1 120); do
        local run; run=$(run_status "$1")
        [ "$(jq -r '.counts.pending - .counts.inReview' <<<"$run")" -le 0 ] && [ "$(jq -r .counts.customers <<<"$run")" -gt 0 ] && return 0
        sleep 1
    done
    echo "billing run $1 did not settle: $(run_status "$1")" >&2; return 1
}
RUN1=$(call manager POST /api/billing/runs "{\"period\": \"$last_month\"}" | jq -r .id)
await_run "$RUN1"
for invoice in $(run_status "$RUN1" | jq -r '.invoices[] | select(.status == "DRAFT") | .id'); do
    call manager POST "/api/invoices/$invoice/review" '{"approved": true, "comment": "Checked against the contract"}' >/dev/null
done
for _ in $(seq 1 60); do [ "$(run_status "$RUN1" | jq -r .status)" = COMPLETED ] && break; sleep 1; done

echo "== a large invoice of $month_before waiting for review"
# imported from another helpdesk: reported and worked in the month before last, 48 hours at the standard rate
IMPORTED=$(call admin POST /api/engagements "$(jq -nc --argjson c "$BAKERY" --arg at "${month_before}-10T09:00:00Z" \
    '{customerId: $c, title: "Office move (imported)", channel: "REPORT", impact: "PARTIALLY_IMPAIRED", reportedAt: $at}')" | jq -r .id)
await_status "$IMPORTED" REPORTED
triage "$IMPORTED" P3
await_status "$IMPORTED" IN_PROGRESS
for day in 10 11 12 13; do
    call technician POST "/api/engagements/$IMPORTED/time-entries" "{\"workDate\": \"${month_before}-$day\", \"minutes\": 720, \"note\": \"Moved and cabled the office, day $day\"}" >/dev/null
done
call technician POST "/api/engagements/$IMPORTED/resolve" '{"rootCause": "CUSTOMER", "note": "Office moved"}' >/dev/null
await_status "$IMPORTED" COMPLETED
# the API dates a completion now, and month-end billing bills a request in the month it was completed: dated back to
# the month its work was done, as an import of finished work would be (the demo's own history does it with the
# engine clock)
psql -q -v ON_ERROR_STOP=1 -d "$DB" -c "update engagement set resolved_at = '${month_before}-13T17:00:00Z',
    completed_at = '${month_before}-13T17:00:00Z' where id = $IMPORTED"
RUN2=$(call manager POST /api/billing/runs "{\"period\": \"$month_before\"}" | jq -r .id)
await_run "$RUN2"

echo "== what is in flight"
for e in "$TRIAGE:waiting in Triage" "$TIMER:triaged (SHARED-247), resolution clock at its warning/breach timers" \
         "$WORK_ID:in Work with 45 minutes captured" "$BUG:bug credit (adjustment $ADJUSTMENT) awaiting approval" \
         "$PAUSED:waiting for the customer"; do
    id=${e%%:*}
    echo "ENG-$id \"$(call admin GET "/api/engagements/$id" | jq -r .title)\": ${e#*:}; status $(status "$id")"
done
echo "billing run $RUN1 ($last_month): $(run_status "$RUN1" | jq -c '{status, counts, invoices: [.invoices[] | {id, number, status, total}]}')"
echo "billing run $RUN2 ($month_before): $(run_status "$RUN2" | jq -c '{status, counts, invoices: [.invoices[] | {id, number, status, total}]}')"
psql -qAt -d "$DB" -c "select 'timers waiting: ' || count(*) || ', next due ' || min(DUEDATE_) from ACT_RU_JOB where TYPE_ = 'timer' and PROCESS_DEF_KEY_ = 'sla-clock'"
psql -qAt -d "$DB" -c "select 'open tasks: ' || string_agg(NAME_, ', ' order by NAME_) from ACT_RU_TASK"

echo "== stopping the app and dumping $DB to $OUT"
kill $APP
wait $APP || true
trap - EXIT
pg_dump --no-owner --no-privileges -d "$DB" | gzip -9 > "$OUT"
ls -l "$OUT"
